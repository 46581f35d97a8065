import { readFile } from "node:fs/promises";
import { parseEntrySource } from "../../src/checks/entry";

/** Reads an entry's data from its file, as the loader does. */
export async function readEntryData(file: string): Promise<Record<string, unknown>> {
  const source = parseEntrySource(await readFile(file, "utf8"), file);
  if ("problems" in source) throw new Error(`${file}: ${JSON.stringify(source.problems)}`);
  return source.data;
}
