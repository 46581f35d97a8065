import type { EntryProblem } from "./entry-errors";
import { isRealCalendarDate } from "../schemas/fields";

const UNQUOTED_DATE =
  /^\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[Tt \t][0-9:.]+(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?)?[ \t]*(?:#.*)?$/;

/**
 * Unquoted dates in YAML that do not exist, such as `datePosted: 2025-02-30`. YAML quietly turns
 * them into another day (2 March) before any schema sees them, so they are found in the source.
 */
export function impossibleUnquotedDates(yamlSource: string): EntryProblem[] {
  return yamlSource.split(/\r?\n/).flatMap((line) => {
    const match = UNQUOTED_DATE.exec(line);
    if (!match) return [];
    const [, key, date] = match as unknown as [string, string, string];
    const [year, month, day] = date.split("-");
    const padded = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
    if (isRealCalendarDate(padded)) return [];
    return [
      {
        field: key,
        problem: `${date} is not a real date; YAML would silently read it as another day. Correct it, and quote it to be safe.`,
        example: `${key}: "2025-09-15"`,
      },
    ];
  });
}

/** The YAML of an entry file: the whole file, or the front matter of Markdown and MDX. */
export function yamlOf(source: string, file: string): string {
  if (!/\.mdx?$/.test(file)) return source;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
}
