import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import type { z } from "astro/zod";
import { formatEntryError, validateEntry } from "../lib/entry-errors";
import { impossibleUnquotedDates, yamlOf } from "../lib/yaml-dates";

/** Raised when an entry does not match its schema; the message is written for the maintainer. */
export class EntryValidationError extends Error {
  override name = "EntryValidationError";
}

/**
 * Wraps a loader so that each entry is checked against `schema` before Astro sees it. A bad
 * entry stops the build with a message naming its file, each wrong field, what is wrong and a
 * valid example. Astro then parses the entry as usual (images and references included).
 */
export function validated(loader: Loader, schema: z.ZodType): Loader {
  return {
    name: loader.name,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const file = entry.filePath
            ? path.relative(fileURLToPath(context.config.root), entry.filePath)
            : `${context.collection} entry "${entry.id}"`;
          if (entry.filePath) {
            const source = await readFile(entry.filePath, "utf8");
            const rolledOver = impossibleUnquotedDates(yamlOf(source, entry.filePath));
            if (rolledOver.length)
              throw new EntryValidationError(formatEntryError(file, rolledOver));
          }
          const result = await validateEntry(schema, entry.data, file);
          if ("error" in result) throw new EntryValidationError(result.error);
          return context.parseData(entry);
        },
      }),
  };
}
