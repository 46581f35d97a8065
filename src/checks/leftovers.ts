import type { EntryProblem } from "./entry-errors";
import { formatFieldPath } from "./entry-errors";
import { examplesAt, type AnySchema } from "../lib/schema/walk";

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
