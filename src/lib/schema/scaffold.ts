import { Document, isMap, isSeq, Scalar, visit, type YAMLMap } from "yaml";
import type { CollectionFacts } from "../../collections/fields";
import { enumValuesOf, shapeOf, unwrap, walk, type AnySchema } from "./walk";

const COMMENT_WIDTH = 96;

/**
 * The text of a new entry: every field of the collection's schema, filled with its example (or
 * the starter's value), each with its description as a comment, and `draft: true`. Markdown
 * entries get the fields as front matter and a body. `today` is `YYYY-MM-DD`.
 */
export function entryTemplate(
  facts: CollectionFacts,
  schema: AnySchema,
  title: string,
  today: string,
  extension: string = facts.extensions[0]!,
): string {
  const name = title.trim();
  if (name === "") throw new Error("The title must not be blank.");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Error(`today must be a date written YYYY-MM-DD, but is ${JSON.stringify(today)}.`);
  }
  if (!facts.starter) throw new Error(`New ${facts.noun} entries are not scaffolded.`);
  const shape = shapeOf(schema) ?? {};
  const starter = facts.starter(name, today);
  const values = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, starter[key] ?? unwrap(field).examples?.[0]]),
  );
  const document = new Document(values);
  annotate(document.contents as YAMLMap, schema, []);
  // Dates and times stay quoted, so that no YAML 1.1 tool reads them as instants in UTC.
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === "string" && /^\d{4}-\d{2}(-\d{2})?(T|$)/.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  const yamlText = document.toString({ lineWidth: 0 });
  // Editor support comes from .vscode/settings.json, not a modeline: the browser editor drops
  // comments when it saves.
  if (facts.bodyExample === undefined) return yamlText;
  return `---\n${yamlText}---\n\n${facts.bodyExample}\n\n${BODY_NOTES[extension] ?? ""}\n`;
}

const BODY_NOTES: Record<string, string> = {
  ".md":
    "This text is Markdown: **bold**, lists and [links](https://www.example.org/) work, HTML does not. Replace these paragraphs with your own.",
  ".mdx":
    "This text is MDX: Markdown that can also import and use components. MDX is code, so review it as code. Replace these paragraphs with your own.",
};

/** Puts each field's description above it as a comment, and says which fields are optional. */
function annotate(map: YAMLMap, schema: AnySchema, path: PropertyKey[]): void {
  for (const pair of map.items) {
    const key = String((pair.key as Scalar).value);
    const fieldPath = [...path, key];
    const field = walk(schema, fieldPath).at(-1)!;
    const values = enumValuesOf(field.core);
    const notes = [
      field.description ?? "",
      values && !values.every((value) => field.description?.includes(value))
        ? `One of: ${values.join(", ")}.`
        : "",
      field.optional && key !== "draft" ? "Optional: delete it if not needed." : "",
    ];
    (pair.key as Scalar).commentBefore = wrap(notes.filter(Boolean).join(" "));
    if (isMap(pair.value)) annotate(pair.value, schema, fieldPath);
    if (isSeq(pair.value) && isMap(pair.value.items[0])) {
      annotate(pair.value.items[0], schema, [...fieldPath, 0]);
    }
  }
}

/** A comment's text in lines that fit the width; the YAML writer adds the `#`. */
function wrap(text: string): string {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + word.length + 1 > COMMENT_WIDTH) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => ` ${line}`).join("\n");
}
