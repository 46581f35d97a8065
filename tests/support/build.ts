import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildEnvironment, copyProject } from "../../tools/helpers/site-copy.ts";

const run = promisify(execFile);

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
  files: Record<string, string | Buffer | null>,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<BuildResult> {
  const dir = await makeCopy(files);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(dir, "node_modules/astro/bin/astro.mjs"), "build", ...args],
      { cwd: dir, env: { ...astroEnvironment(), ...env } },
    );
    return { ok: true, output: stdout + stderr, dir };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, dir };
  }
}

/** A throwaway copy of the site with `files` added, replaced or (null) deleted; a folder is deleted whole. */
export async function makeCopy(files: Record<string, string | Buffer | null>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "site-build-"));
  await copyProject(dir);
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (contents === null) await rm(target, { recursive: true });
    else await writeFile(target, contents);
  }
  return dir;
}

/** The environment for an Astro command in a copy: no telemetry, no colours, no Vitest settings. */
export function astroEnvironment(): NodeJS.ProcessEnv {
  return buildEnvironment({});
}

/** Removes a copy made by `buildCopy`. */
export async function removeCopy(result: BuildResult): Promise<void> {
  await rm(result.dir, { recursive: true, force: true });
}
