import type { CollectionFacts } from "../../collections/fields";
import { elementOf, enumValuesOf, shapeOf, unwrap, type AnySchema } from "./walk";

/**
 * docs/fields.md: every field of every collection, with its description and example, written
 * from the schemas. `npm run docs:fields` writes it; a unit test fails when it is stale.
 */
export function fieldReference(
  collections: readonly { facts: CollectionFacts; schema: AnySchema }[],
): string {
  const sections = collections.map(({ facts, schema }) => {
    const rows = fieldRows(schema, "");
    return [
      `## ${capitalise(facts.noun)}`,
      "",
      `Files: \`${facts.folder}/<id>${facts.extensions.length > 1 ? `{${facts.extensions.join(",")}}` : facts.extensions[0]}\`.` +
        (facts.bodyExample !== undefined
          ? " The fields are the front matter; the text after it is the advert's body."
          : ""),
      "",
      "| field | required | what it holds | example |",
      "| --- | --- | --- | --- |",
      ...rows.map(
        ({ name, required, description, example }) =>
          `| \`${name}\` | ${required ? "yes" : "no"} | ${cell(description)} | ${example === undefined ? "" : `\`${cell(JSON.stringify(example))}\``} |`,
      ),
    ].join("\n");
  });
  return [
    "# Content fields",
    "",
    "<!-- Written by `npm run docs:fields` from the schemas in src/collections/. Do not edit by hand. -->",
    "",
    "Every entry is checked against its collection's schema when the site builds. A field that",
    "is not listed here, or a value that does not fit, stops the build with a message that names",
    "the file, the field and a valid example. `npm run new -- <vacancy|programme|scholarship>",
    '"Title"` writes a new entry with every field below, each with its description as a comment.',
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

interface Row {
  name: string;
  required: boolean;
  description: string;
  example: unknown;
}

/** A row per field, nested objects and lists of objects flattened as `location.name`, `deadlines[].label`. */
function fieldRows(schema: AnySchema, prefix: string): Row[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const info = unwrap(field);
    const values = enumValuesOf(info.core);
    const description = [
      info.description ?? "",
      values && !values.every((value) => info.description?.includes(value))
        ? `One of: ${values.map((value) => `\`${value}\``).join(", ")}.`
        : "",
    ]
      .filter(Boolean)
      .join(" ");
    const item = elementOf(info.core);
    const nested = shapeOf(info.core)
      ? fieldRows(info.core, `${name}.`)
      : item && shapeOf(item)
        ? fieldRows(item, `${name}[].`)
        : [];
    // A group of fields is shown by its members' examples.
    const example = nested.length ? undefined : info.examples?.[0];
    return [{ name, required: !info.optional, description, example }, ...nested];
  });
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
