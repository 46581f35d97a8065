import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const COPIED = ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"];

export interface BuildResult {
  ok: boolean;
  output: string;
  dir: string;
}

/**
 * Builds a throwaway copy of the site with some files added or replaced, and returns what the
 * build printed. `files` maps paths relative to the project to their new contents (null deletes).
 */
export async function buildCopy(
  files: Record<string, string | null>,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<BuildResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "site-build-"));
  for (const name of COPIED)
    await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (contents === null) await rm(target);
    else await writeFile(target, contents);
  }
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(dir, "node_modules/astro/bin/astro.mjs"), "build", ...args],
      { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...env } },
    );
    return { ok: true, output: stdout + stderr, dir };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, dir };
  }
}

/** Removes a copy made by `buildCopy`. */
export async function removeCopy(result: BuildResult): Promise<void> {
  await rm(result.dir, { recursive: true, force: true });
}
