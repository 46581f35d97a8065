import { parseDocument, type YAMLError } from "yaml";
import type { z } from "astro/zod";
import { formatEntryError, formatFieldPath, validateEntry, type EntryProblem } from "./messages";
import { locatedMarkdownProblems } from "../lib/markdown/safety";
import { locatedTextProblems } from "../lib/schema/text-rule";
import { examplesAt, type AnySchema } from "../lib/schema/walk";

/** An entry file read into its data and, for Markdown and MDX, its body. */
export interface EntrySource {
  data: Record<string, unknown>;
  /** The Markdown after the front matter; empty for YAML entries. */
  body: string;
  /** The line of the file (from 1) that `body` starts on; none for YAML entries. */
  bodyLine?: number;
  /** The YAML text as written. */
  rawData: string;
}

/** A Markdown or MDX file's front matter: the YAML between two lines of `---`. */
export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * A Markdown or MDX file's front matter and text, with the line of the file (from 1) the text
 * starts on; nothing when the file does not start with front matter.
 */
export function splitFrontMatter(
  written: string,
): { yamlText: string; body: string; bodyLine: number } | undefined {
  const contents = withoutByteOrderMark(written);
  const match = FRONT_MATTER.exec(contents);
  if (match?.index !== 0) return undefined;
  const after = contents.slice(match[0].length);
  const start = match[0].length + Math.max(after.search(/\S/), 0);
  return {
    yamlText: match[1] ?? "",
    body: after.trim(),
    bodyLine: contents.slice(0, start).split("\n").length,
  };
}

/** A byte-order mark, which some Windows editors put first, is not part of the text. */
const withoutByteOrderMark = (text: string) => text.replace(/^\uFEFF/, "");

/**
 * Reads an entry file: a YAML file, or a Markdown or MDX file with YAML front matter. This is the
 * only place an entry's YAML is parsed. YAML 1.2 keeps `2025-09-15` and `2025-12-02T12:00` as
 * the text written, so no date is shifted into UTC or rolled over to another day before the
 * schema sees it. A syntax error is given with its line counted from the top of the file.
 */
export function parseEntrySource(
  written: string,
  file: string,
): EntrySource | { problems: EntryProblem[] } {
  const contents = withoutByteOrderMark(written);
  const isMarkdown = /\.mdx?$/.test(file);
  let yamlText = contents;
  let body = "";
  let bodyLine: number | undefined;
  if (isMarkdown) {
    const parts = splitFrontMatter(contents);
    if (!parts) {
      return {
        problems: [
          {
            field: "line 1",
            problem: contents.startsWith("---")
              ? "starts front matter with --- but never closes it; end the fields with a line of --- before the text."
              : "has no front matter; start the file with a line of ---, the fields, and another line of ---.",
          },
        ],
      };
    }
    ({ yamlText, body, bodyLine } = parts);
  }
  // The YAML of a Markdown file starts on line 2, after the opening ---.
  const firstLine = isMarkdown ? 2 : 1;
  const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length) {
    return { problems: [describeYamlError(document.errors, yamlText, firstLine)] };
  }
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [
        {
          field: `line ${firstLine}`,
          problem: "must hold fields written name: value, one per line.",
          example: "name: DPhil in Biomedical Engineering",
        },
      ],
    };
  }
  return {
    data: data as Record<string, unknown>,
    body,
    rawData: yamlText,
    ...(bodyLine === undefined ? {} : { bodyLine }),
  };
}

/** One YAML syntax error as a maintainer can fix it: where, what, and how. */
function describeYamlError(
  errors: readonly YAMLError[],
  yamlText: string,
  firstLine: number,
): EntryProblem {
  const [first] = errors as [YAMLError, ...YAMLError[]];
  const codes = new Set(errors.map((error) => error.code));
  const lines = yamlText.split(/\r?\n/);
  const at = (error: YAMLError) => (error.linePos?.[0].line ?? 1) - 1;
  const fileLine = (index: number) => index + firstLine;
  const reason = first.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "").trim();

  if (codes.has("DUPLICATE_KEY")) {
    const duplicate = errors.find((error) => error.code === "DUPLICATE_KEY")!;
    const key = /^\s*([^:#]+):/.exec(lines[at(duplicate)] ?? "")?.[1]?.trim() ?? "a field";
    return {
      field: `line ${fileLine(at(duplicate))}`,
      problem: `repeats ${key}, which is already given above; keep one of the two.`,
    };
  }
  if (codes.has("TAB_AS_INDENT")) {
    return {
      field: `line ${fileLine(at(first))}`,
      problem: "is indented with a tab; YAML needs spaces.",
    };
  }
  if (codes.has("MULTILINE_IMPLICIT_KEY") || codes.has("BAD_INDENT")) {
    // The parser notices the error on the line before the one indented wrongly.
    const index = Math.min(at(first) + 1, lines.length - 1);
    return {
      field: `line ${fileLine(index)}`,
      problem: `is indented differently from the lines around it. Fields of the same level start in the same column; a list item or a nested field is indented by two spaces.`,
    };
  }
  const index = at(first);
  const source = lines[index] ?? "";
  const keyAndValue = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(.*\S)\s*$/.exec(source);
  if (codes.has("BLOCK_AS_IMPLICIT_KEY") && keyAndValue && keyAndValue[3]!.includes(": ")) {
    const [, indent, key, value] = keyAndValue as unknown as [string, string, string, string];
    return {
      field: `line ${fileLine(index)}`,
      problem: `has a colon followed by a space inside the value of ${key}, which YAML reads as a new field; put the value in quotes.`,
      example: `${indent}${key}: ${JSON.stringify(value)}`,
    };
  }
  return {
    field: `line ${fileLine(index)}`,
    problem: `is not valid YAML: ${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/\.?$/, ".")}`,
  };
}

/** How messages name a Markdown or MDX entry's body. */
export const BODY_FIELD = "(the text after the front matter)";

/**
 * How messages name a line of the body: `line 14, in the text after the front matter`, counted
 * from the top of the file, or the body as a whole when its place in the file is not known (the
 * editor checks a body it has not written yet).
 */
export function bodyField(bodyLine: number | undefined, line: number): string {
  return bodyLine === undefined
    ? BODY_FIELD
    : `line ${bodyLine + line - 1}, in the text after the front matter`;
}

/**
 * Reads one entry file and checks it against its collection's schema: the YAML (with syntax
 * errors given by line), then `checkEntry`. It returns the entry as written, for Astro to store,
 * or the message for the maintainer. `file` is the path relative to the project, as the message
 * names it.
 */
export async function readEntry(
  schema: z.ZodType,
  file: string,
  contents: string,
): Promise<EntrySource | { error: string }> {
  const source = parseEntrySource(contents, file);
  if ("problems" in source) return { error: formatEntryError(file, source.problems) };
  return (await checkEntry(schema, file, source)) ?? source;
}

/**
 * The checks of an entry once its file is read: a plain Markdown body (data: no HTML, safe links),
 * the text rule for any body, and every field against the schema. The build runs them on each file
 * it reads; the editor (src/client/editor.ts) runs them on the form before it saves. Returns the
 * maintainer's message, or nothing when the entry passes.
 */
export async function checkEntry(
  schema: z.ZodType,
  file: string,
  { data, body, bodyLine }: Pick<EntrySource, "data" | "body" | "bodyLine">,
): Promise<{ error: string } | undefined> {
  // The text rule holds for MDX bodies too: their text reaches the page and its structured data.
  // A plain Markdown body is data: no HTML, safe links.
  const problems = [
    ...locatedTextProblems(body, { lines: true }),
    ...(file.endsWith(".md") ? locatedMarkdownProblems(body, { page: true }) : []),
  ].sort((a, b) => a.line - b.line);
  if (problems.length) {
    return {
      error: formatEntryError(
        file,
        problems.map(({ problem, line }) => ({
          field: bodyField(bodyLine, line),
          problem: `${problem}.`,
        })),
      ),
    };
  }
  const result = await validateEntry(schema, data, file);
  return "error" in result ? result : undefined;
}

const EXAMPLE_HOST = /\b(?:[\w-]+\.)*example\.(?:org|com|net)\b/i;

/**
 * Text a published entry still carries from the scaffolder's template: a value that is its
 * field's example sentence (three words or more, so that a real "GB" or "Oxford" is never
 * mistaken for one), or an address at example.org, example.com or example.net.
 */
export function exampleLeftovers(schema: AnySchema, data: unknown): EntryProblem[] {
  const found: EntryProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const field = formatFieldPath(path);
      const host = EXAMPLE_HOST.exec(value)?.[0];
      if (host) {
        found.push({
          field,
          problem: `points to ${host}, an example address; replace it with the real one.`,
        });
      } else if (
        value.split(/\s+/).length >= 3 &&
        examplesAt(schema, path).some((example) => example === value)
      ) {
        found.push({
          field,
          problem:
            "is still the example text from the template; replace it, or delete the field if it is optional.",
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return found;
}
