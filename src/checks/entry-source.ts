import { parseDocument, type YAMLError } from "yaml";
import type { EntryProblem } from "./entry-errors";

/** An entry file read into its data and, for Markdown and MDX, its body. */
export interface EntrySource {
  data: Record<string, unknown>;
  /** The Markdown after the front matter; empty for YAML entries. */
  body: string;
  /** The YAML text as written. */
  rawData: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Reads an entry file: a YAML file, or a Markdown or MDX file with YAML front matter. This is the
 * only place an entry's YAML is parsed. YAML 1.2 keeps `2025-09-15` and `2025-12-02T12:00` as
 * the text written, so no date is shifted into UTC or rolled over to another day before the
 * schema sees it. A syntax error is given with its line counted from the top of the file.
 */
export function parseEntrySource(
  contents: string,
  file: string,
): EntrySource | { problems: EntryProblem[] } {
  const isMarkdown = /\.mdx?$/.test(file);
  let yamlText = contents;
  let body = "";
  if (isMarkdown) {
    const match = FRONT_MATTER.exec(contents);
    if (match?.index !== 0) {
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
    yamlText = match[1] ?? "";
    body = contents.slice(match[0].length).trim();
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
  return { data: data as Record<string, unknown>, body, rawData: yamlText };
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
