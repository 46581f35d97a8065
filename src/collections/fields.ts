import { z } from "astro/zod";
import { isAllowedUrl, markdownProblems } from "../lib/markdown/safety";
import { resolveDeadline } from "../lib/deadlines/resolve";
import { textProblems, type TextRule } from "../lib/schema/text-rule";
import type { FieldInput } from "../lib/schema/editor-config";

/** The text rule (src/lib/schema/text-rule.ts) as a Zod check: one issue per character. */
const followsTextRule = (rule: TextRule) => (value: string, ctx: z.core.$RefinementCtx<string>) => {
  for (const message of textProblems(value, rule)) ctx.addIssue({ code: "custom", message });
};

/**
 * Field pieces shared by the collections. Each takes the field's description and an example:
 * they are the one place a field is explained. Validation errors quote the example, the
 * scaffolder writes it into new entries, docs/fields.md and the editor's JSON Schema show both.
 */

/** Prose on one or more lines; it must not be blank. */
export const text = (description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine(followsTextRule({ lines: true }))
    .meta({ description, examples: [example], input: "paragraphs" satisfies FieldInput });

/** One line of text, not blank. */
const oneLine = () =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine(followsTextRule({ lines: false }));

/**
 * A title, name or label: one line of text. A line break would break headings, calendar
 * files and feeds, and comes from YAML's `|` or `>` more often than on purpose.
 */
export const line = (description: string, example: string) =>
  oneLine().meta({ description, examples: [example] });

/** A list of one-line items, with at least `min` of them. */
export const lineList = (description: string, example: string, min = 0) =>
  z
    .array(oneLine())
    .min(min)
    .meta({ description, examples: [[example]] });

/** A link a visitor may follow: only full `https:`, `http:` and `mailto:` addresses. */
export const webUrl = (description: string, example: string) =>
  z
    .string()
    .trim()
    .refine(isAllowedUrl, {
      error: "must be a full web address starting with https:// (or http://, or mailto: for email)",
    })
    .meta({ description, examples: [example] });

/** An email address, written without `mailto:`. */
export const email = (description: string, example: string) =>
  z
    .email({ message: "must be an email address such as name@example.org" })
    .meta({ description, examples: [example] });

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A calendar date written `YYYY-MM-DD`, free of any time zone. */
export const calendarDate = (description: string, example: string) =>
  z
    .string()
    .trim()
    .refine(isRealCalendarDate, {
      error: (issue) =>
        `must be a real date written YYYY-MM-DD, but is ${JSON.stringify(issue.input)}`,
    })
    .meta({ description, examples: [example], input: "date" satisfies FieldInput });

/** A month written `YYYY-MM`, or a whole date. */
export const monthOrDate = (description: string, example: string) =>
  z
    .string()
    .trim()
    .refine((value) => MONTH.test(value) || isRealCalendarDate(value), {
      error: (issue) =>
        `must be a month written YYYY-MM, or a date written YYYY-MM-DD, but is ${JSON.stringify(issue.input)}`,
    })
    .meta({ description, examples: [example], input: "month-or-date" satisfies FieldInput });

/**
 * Markdown prose from an entry. It is data, not code: no HTML, no images, and links only to
 * full https, http or mailto addresses. The renderer sanitizes it as well.
 */
export const markdown = (description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine(followsTextRule({ lines: true }))
    .superRefine((value, ctx) => {
      for (const message of markdownProblems(value)) ctx.addIssue({ code: "custom", message });
    })
    .meta({ description, examples: [example], input: "markdown" satisfies FieldInput });

/** `draft: true` keeps an entry out of production builds; `astro dev` still shows it. */
export const draft = z
  .boolean()
  .default(false)
  .meta({
    description:
      "true (the editor's switch on) makes the entry a draft: kept out of the published site, and shown by npm run dev with a Draft banner. A published entry cannot refer to a draft.",
    examples: [false],
  });

/** The draft rule: what a build shows. Development shows drafts; production leaves them out. */
export function isShown(data: { draft: boolean }, showDrafts: boolean): boolean {
  return showDrafts || !data.draft;
}

export function isRealCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A reference to an entry of another collection (Astro's `reference()`). */
export type ReferenceTo = (
  collection: "programs" | "scholarships",
) => z.ZodType<{ collection: string; id: string }, unknown>;

/** A list of references, each with the id of an existing entry as its example. */
export const referenceList = (
  reference: ReferenceTo,
  collection: "programs" | "scholarships",
  description: string,
  example: string,
) =>
  z
    .array(reference(collection))
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const { id } = item as { id: string };
        if (seen.has(id)) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `lists "${id}" a second time; delete this line, as each is named once`,
            params: { example: null },
          });
        }
        seen.add(id);
      });
    })
    .default([])
    .meta({ description, examples: [[example]] });

/**
 * Astro's `reference()` outside a build, for the scaffolder, the field reference and unit tests:
 * like it, it turns an id into `{ collection, id }`. Whether the id exists is the catalog's check.
 */
export const idReference: ReferenceTo = (collection) =>
  z
    .string()
    .meta({ references: collection })
    .transform((id) => ({ collection, id }));

/** What the loader, the scaffolder and the docs need to know of a collection besides its schema. */
export interface CollectionFacts {
  /** The collection's name, as in `getCollection("vacancies")`. */
  name: string;
  /** One entry, as messages name it: "vacancy", "programme". */
  noun: string;
  /** Where the entries live, relative to the project. */
  folder: string;
  /** The file types it reads, with their dot; `npm run new` writes the first. */
  extensions: readonly string[];
  /** File names (ids) that would clash with another page. */
  reservedIds: readonly string[];
  /** Files in the folder that are not entries, such as the profile's avatar. */
  assets: readonly string[];
  /** For Markdown entries: the body `npm run new` writes, which a published entry should not keep. */
  bodyExample: string | undefined;
  /**
   * What `npm run new` writes besides the fields' examples: the title, today's date, deadlines
   * in the future and `draft: true`. None for collections that are not scaffolded.
   */
  starter: ((title: string, today: string) => Record<string, unknown>) | undefined;
}

/** An id as it appears in addresses: lower-case letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A deadline: a wall-clock time in an IANA zone. The schema resolves it to one exact instant,
 * rejecting zones that do not exist, times skipped by a daylight-saving change and times that
 * happen twice unless `offset` picks one.
 */
export const DeadlineSchema = z
  .strictObject({
    label: line(
      "What closes at this time, shown after the date.",
      "for applicants seeking funding",
    ).optional(),
    localDateTime: z.string().meta({
      title: "Local date and time",
      description: "The local date and time, written YYYY-MM-DDTHH:mm.",
      examples: ["2026-01-09T12:00"],
      input: "local-date-time" satisfies FieldInput,
    }),
    timeZone: z.string().meta({
      input: "time-zone" satisfies FieldInput,
      description:
        "The IANA time zone the local time is read in, such as Europe/London, America/New_York or Asia/Tokyo.",
      examples: ["Europe/London"],
    }),
    offset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/, { error: 'must be an offset such as "+01:00"' })
      .optional()
      .meta({
        description:
          "The UTC offset, only to choose between the two readings of a time that happens twice when the clocks go back.",
        examples: ["+01:00"],
      }),
  })
  .transform((deadline, ctx) => {
    const resolved = resolveDeadline(deadline);
    if ("problem" in resolved) {
      ctx.addIssue({
        code: "custom",
        message: resolved.problem.message,
        path: [resolved.problem.field],
        input: deadline[resolved.problem.field],
        ...(resolved.problem.fix ? { params: { example: resolved.problem.fix } } : {}),
      });
      return z.NEVER;
    }
    return { ...deadline, instant: resolved.instant };
  });

export type Deadline = z.output<typeof DeadlineSchema>;
