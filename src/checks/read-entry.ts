import type { z } from "astro/zod";
import { formatEntryError, validateEntry } from "./entry-errors";
import { parseEntrySource, type EntrySource } from "./entry-source";
import { markdownProblems } from "../lib/markdown/safety";

/**
 * Reads one entry file and checks it against its collection's schema: the YAML (with syntax
 * errors given by line), a plain Markdown body (data: no HTML, safe links) and every field. It
 * returns the entry as written, for Astro to store, or the message for the maintainer. `file` is
 * the path relative to the project, as the message names it.
 */
export async function readEntry(
  schema: z.ZodType,
  file: string,
  contents: string,
): Promise<EntrySource | { error: string }> {
  const source = parseEntrySource(contents, file);
  if ("problems" in source) return { error: formatEntryError(file, source.problems) };
  if (file.endsWith(".md")) {
    const problems = markdownProblems(source.body, { page: true });
    if (problems.length) {
      return {
        error: formatEntryError(
          file,
          problems.map((problem) => ({
            field: "(the text after the front matter)",
            problem: `${problem}. Make it an .mdx file if the page needs HTML.`,
          })),
        ),
      };
    }
  }
  const result = await validateEntry(schema, source.data, file);
  return "error" in result ? result : source;
}
