/** `npm run docs:fields`: writes docs/fields.md from the collections' schemas. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { runnerImport } from "vite";

const ROOT = path.resolve(import.meta.dirname, "..");
const load = async <T>(file: string) =>
  (await runnerImport<T>(path.join(ROOT, file), { configFile: false, logLevel: "silent" })).module;
const { COLLECTIONS } = await load<typeof import("../src/collections/index.ts")>(
  "src/collections/index.ts",
);
const { fieldReference } = await load<typeof import("../src/lib/schema/field-reference.ts")>(
  "src/lib/schema/field-reference.ts",
);

await writeFile(path.join(ROOT, "docs/fields.md"), fieldReference(COLLECTIONS));
console.log("Wrote docs/fields.md");
