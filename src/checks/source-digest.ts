import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/**
 * A digest of what a cache made from the project depends on: `extra`, the first of `records` that
 * exists (npm's record of the installed packages, or a lock file), and every module in `sources`,
 * files or folders, by path and content. Paths are relative to `root`, or absolute.
 */
export async function sourcesDigest(
  root: string,
  {
    sources,
    records,
    extra,
  }: { sources: readonly string[]; records: readonly string[]; extra: string },
): Promise<string> {
  const hash = createHash("sha256").update(`${extra}\0`);
  for (const record of records) {
    const text = await readFile(path.resolve(root, record)).catch(() => undefined);
    if (text) {
      hash.update(text);
      break;
    }
  }
  for (const source of sources) {
    const full = path.resolve(root, source);
    const files = (await stat(full)).isDirectory()
      ? (await readdir(full, { recursive: true }))
          .filter((file) => /\.(ts|js|mjs|json)$/.test(file))
          .sort()
          .map((file) => path.join(full, file))
      : [full];
    for (const file of files) {
      hash.update(`${path.relative(root, file)}\0`).update(await readFile(file));
    }
  }
  return hash.digest("hex");
}
