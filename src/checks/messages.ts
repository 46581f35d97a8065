import { z } from "astro/zod";
import { closestMatch } from "../lib/schema/suggest";
import { examplesAt, shapeOf, walk, type AnySchema } from "../lib/schema/walk";

/** Raised when entries cannot be published as written; the message is for the maintainer. */
export class EntryError extends Error {
  override name = "EntryError";
  constructor(message: string) {
    super(message);
    // Where in the build it was thrown means nothing to the maintainer who reads it, and Astro
    // prints an empty "Stack trace:" heading for a stack that is only the message.
    this.stack = "";
  }
}

/** One thing wrong with an entry, in words a maintainer can act on. */
export interface EntryProblem {
  /** Where: `deadlines[0].timeZone`. */
  field: string;
  /** What is wrong. */
  problem: string;
  /** A valid value, written as it would appear in the file. */
  example?: string | undefined;
}

type PathKey = PropertyKey;

/** `["deadlines", 0, "timeZone"]` → `deadlines[0].timeZone`. */
export function formatFieldPath(path: readonly PathKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`,
    )
    .join("");
}

/** The whole error for one entry: its file, then one line per problem with an example. */
export function formatEntryError(file: string, problems: readonly EntryProblem[]): string {
  const lines = problems.flatMap(({ field, problem, example }) => [
    `  - ${field || "(the entry)"}: ${problem}`,
    ...(example ? [`      for example  ${example}`] : []),
  ]);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`${file} has ${count}:`, ...lines].join("\n");
}

/** Reads a Zod error against the schema that raised it and explains each issue. */
export function describeIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
): EntryProblem[] {
  return issues.flatMap((issue) => describeIssue(schema, issue));
}

function describeIssue(root: z.ZodType, issue: z.core.$ZodIssue): EntryProblem[] {
  const path = issue.path;
  const field = formatFieldPath(path);
  const example = exampleAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = Object.keys(objectShapeAt(root, path) ?? {});
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, known);
        const fieldPath = [...path, key];
        return {
          field: formatFieldPath(fieldPath),
          problem: suggestion
            ? `is not a known field. Did you mean "${suggestion}"?`
            : `is not a known field. Known fields here: ${known.join(", ")}.`,
          example: suggestion ? exampleAt(root, [...path, suggestion]) : undefined,
        };
      });
    }
    case "invalid_type":
      return [
        {
          field,
          problem:
            issue.input === undefined
              ? "is required but missing."
              : `must be ${describeExpected(issue.expected)}, but is ${describeValue(issue.input)}.`,
          example,
        },
      ];
    case "too_small":
      return [
        {
          field,
          problem:
            issue.origin === "string" && Number(issue.minimum) === 1
              ? "must not be blank."
              : issue.origin === "array"
                ? `must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}.`
                : issue.inclusive === false
                  ? `must be more than ${issue.minimum}, but is ${describeValue(issue.input)}.`
                  : `must be at least ${issue.minimum}, but is ${describeValue(issue.input)}.`,
          example,
        },
      ];
    case "invalid_value": {
      if (issue.input === undefined)
        return [{ field, problem: "is required but missing.", example }];
      const allowed = issue.values.map((value) => JSON.stringify(value));
      const suggestion =
        typeof issue.input === "string"
          ? closestMatch(issue.input, issue.values.map(String))
          : undefined;
      return [
        {
          field,
          problem:
            `must be one of ${allowed.join(", ")}, but is ${describeValue(issue.input)}.` +
            (suggestion ? ` Did you mean "${suggestion}"?` : ""),
          example,
        },
      ];
    }
    case "invalid_union":
      return [{ field, problem: `has the wrong form: ${describeValue(issue.input)}.`, example }];
    case "custom": {
      // A check may give its own example, or `null` where no value would be right.
      const fix = (issue.params as { example?: unknown } | undefined)?.example;
      return [
        {
          field,
          problem: sentence(issue.message),
          example: fix === null ? undefined : typeof fix === "string" ? fix : example,
        },
      ];
    }
    case "invalid_format":
      return [
        {
          field,
          problem: `${issue.message.replace(/\.$/, "")}, but is ${describeValue(issue.input)}.`,
          example,
        },
      ];
    default:
      return [{ field, problem: sentence(issue.message), example }];
  }
}

function sentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields",
  date: "a date",
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${value}`;
  if (Array.isArray(value)) return "a list";
  return "a set of fields";
}

function objectShapeAt(root: AnySchema, path: readonly PathKey[]) {
  const layers = walk(root, path);
  return layers.length === path.length + 1 ? shapeOf(layers.at(-1)!.core) : undefined;
}

/** A valid value for the field at `path`, written as YAML: `timeZone: "Europe/London"`. */
export function exampleAt(root: AnySchema, path: readonly PathKey[]): string | undefined {
  const [example] = examplesAt(root, path);
  if (example === undefined) return undefined;
  const last = path.at(-1);
  return typeof last === "string"
    ? `${last}: ${JSON.stringify(example)}`
    : `- ${JSON.stringify(example)}`;
}

/**
 * Checks `data` against `schema`. On failure, returns the maintainer-facing message for `file`.
 */
export async function validateEntry<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): Promise<{ data: z.output<Schema> } | { error: string }> {
  const result = await schema.safeParseAsync(data, { reportInput: true });
  if (result.success) return { data: result.data };
  return { error: formatEntryError(file, describeIssues(schema, result.error.issues)) };
}
