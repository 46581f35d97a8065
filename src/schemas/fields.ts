import { z } from "astro/zod";

/**
 * Shared field types. Every field carries an example in its metadata: validation errors quote
 * it, so a maintainer who got a field wrong sees what a valid value looks like.
 */

const ALLOWED_URL_PROTOCOLS = ["https:", "http:", "mailto:"];

/** Plain text that must not be empty or only whitespace. */
export const text = (example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .meta({ examples: [example] });

/** A list of non-blank strings with at least `min` items. */
export const textList = (example: string, min = 0) =>
  z
    .array(z.string().trim().min(1))
    .min(min)
    .meta({ examples: [[example]] });

/** A link a visitor may follow: only `https:`, `http:` and `mailto:` are accepted. */
export const webUrl = (example: string) =>
  z
    .string()
    .trim()
    .refine(isAllowedUrl, {
      error: "must be a full web address starting with https:// (or http://, or mailto: for email)",
    })
    .meta({ examples: [example] });

/** An email address, stored without the `mailto:` prefix. */
export const email = (example: string) =>
  z
    .email({ message: "must be an email address such as name@example.org" })
    .meta({ examples: [example] });

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date such as `2025-10-01`. YAML turns an unquoted date into a Date at UTC
 * midnight; both forms become the same `YYYY-MM-DD` string, free of any time zone.
 */
export const calendarDate = (example: string) =>
  z
    .union([z.date(), z.string()])
    .transform((value, ctx) => {
      const iso =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? ""
            : value.toISOString().slice(0, 10)
          : value.trim();
      if (!isRealCalendarDate(iso)) {
        ctx.addIssue({
          code: "custom",
          message: `must be a real date written YYYY-MM-DD, but is ${JSON.stringify(
            value instanceof Date ? iso || "an invalid date" : value,
          )}`,
          input: value,
        });
        return z.NEVER;
      }
      return iso;
    })
    .meta({ examples: [example] });

/** A month such as `2024-06`, or a full date; used for "cited in June 2024". */
export const citedDate = (example: string) =>
  z
    .union([z.date(), z.string()])
    .transform((value, ctx) => {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (/^\d{4}-(0[1-9]|1[0-2])$/.test(iso) || isRealCalendarDate(iso)) return iso;
      ctx.addIssue({
        code: "custom",
        message: `must be a month written YYYY-MM, or a date written YYYY-MM-DD, but is ${JSON.stringify(value)}`,
        input: value,
      });
      return z.NEVER;
    })
    .meta({ examples: [example] });

/**
 * Markdown prose for short descriptions. Links inside it obey the same rule as URL fields.
 */
export const markdown = (example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      // A target may hold one level of parentheses, as in javascript:alert(1).
      for (const match of value.matchAll(/\]\(\s*<?([^\s()>]+(?:\([^\s()]*\)[^\s()>]*)?)/g)) {
        const target = match[1] ?? "";
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !isAllowedUrl(target)) {
          ctx.addIssue({
            code: "custom",
            message: `links to ${JSON.stringify(target)}; links must start with https://, http:// or mailto:`,
            input: value,
          });
        }
      }
    })
    .meta({ examples: [example] });

/** `draft: true` keeps an entry out of production builds. */
export const draft = z
  .boolean()
  .default(false)
  .meta({
    examples: [false],
    description: "true keeps the entry out of production builds",
  });

export function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (!ALLOWED_URL_PROTOCOLS.includes(url.protocol)) return false;
    return url.protocol === "mailto:" ? url.pathname.includes("@") : url.hostname !== "";
  } catch {
    return false;
  }
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
  example: string,
) =>
  z
    .array(reference(collection))
    .default([])
    .meta({ examples: [[example]] });
