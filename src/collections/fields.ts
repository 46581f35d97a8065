import { z } from "astro/zod";
import { isAllowedUrl, markdownProblems } from "../lib/markdown/safety";

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
    .meta({ description, examples: [example] });

/**
 * A title, name or label: one line of text. A line break would break headings, calendar
 * files and feeds, and comes from YAML's `|` or `>` more often than on purpose.
 */
export const line = (description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((value) => !/[\r\n]/.test(value), {
      error:
        "must be on one line, but has a line break; write it on one line after the colon (YAML's | and > keep line breaks)",
    })
    .meta({ description, examples: [example] });

/** A list of one-line items, with at least `min` of them. */
export const lineList = (description: string, example: string, min = 0) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .refine((value) => !/[\r\n]/.test(value), { error: "must be on one line" }),
    )
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
    .meta({ description, examples: [example] });

/** A month written `YYYY-MM`, or a whole date. */
export const monthOrDate = (description: string, example: string) =>
  z
    .string()
    .trim()
    .refine((value) => MONTH.test(value) || isRealCalendarDate(value), {
      error: (issue) =>
        `must be a month written YYYY-MM, or a date written YYYY-MM-DD, but is ${JSON.stringify(issue.input)}`,
    })
    .meta({ description, examples: [example] });

/**
 * Markdown prose from an entry. It is data, not code: no HTML, no images, and links only to
 * full https, http or mailto addresses. The renderer sanitizes it as well.
 */
export const markdown = (description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      for (const message of markdownProblems(value)) ctx.addIssue({ code: "custom", message });
    })
    .meta({ description, examples: [example] });

/** `draft: true` keeps an entry out of production builds; `astro dev` still shows it. */
export const draft = z
  .boolean()
  .default(false)
  .meta({
    description:
      "true keeps the entry out of the published site; npm run dev still shows it, with a Draft banner. A published entry cannot refer to a draft.",
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
    .default([])
    .meta({ description, examples: [[example]] });

/**
 * Astro's `reference()` outside a build, for the scaffolder, the field reference and unit tests:
 * like it, it turns an id into `{ collection, id }`. Whether the id exists is the catalog's check.
 */
export const idReference: ReferenceTo = (collection) =>
  z.string().transform((id) => ({ collection, id }));
