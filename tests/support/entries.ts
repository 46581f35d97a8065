import { readFile } from "node:fs/promises";
import yaml from "js-yaml";
import { z } from "astro/zod";
import { yamlOf } from "../../src/lib/yaml-dates";
import type { ReferenceTo } from "../../src/schemas/fields";

/**
 * Stands in for Astro's `reference()`, which only exists inside a build: like it, it accepts an
 * id and yields `{ collection, id }`. Whether the id exists is checked by the catalog.
 */
export const testReference: ReferenceTo = (collection) =>
  z.string().transform((id) => ({ collection, id }));

/** Reads a YAML entry, or the front matter of an MDX entry, as Astro does (js-yaml). */
export async function readEntryData(file: string): Promise<unknown> {
  return yaml.load(yamlOf(await readFile(file, "utf8"), file));
}
