import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
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

/** A throwaway copy of the site with `files` added, replaced or (null) deleted. */
export async function makeCopy(files: Record<string, string | null>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "site-build-"));
  for (const name of COPIED)
    await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  // Link each package, not node_modules itself: Vite and Astro keep caches in node_modules/.vite
  // and node_modules/.astro, which parallel builds must not share.
  await mkdir(path.join(dir, "node_modules"));
  for (const name of await readdir(path.join(ROOT, "node_modules"))) {
    if (name.startsWith(".")) continue;
    await symlink(path.join(ROOT, "node_modules", name), path.join(dir, "node_modules", name));
  }
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (contents === null) await rm(target);
    else await writeFile(target, contents);
  }
  return dir;
}

/** The environment for an Astro command in a copy: no telemetry, no colours. */
export function astroEnvironment(): NodeJS.ProcessEnv {
  return { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };
}

/**
 * The environment without what Vitest adds for its own Vite (BASE_URL, MODE, …): a build that
 * inherited them would take them for its own settings.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) {
    delete inherited[name];
  }
  for (const name of Object.keys(inherited)) if (name.startsWith("VITEST")) delete inherited[name];
  return inherited;
}

/** Removes a copy made by `buildCopy`. */
export async function removeCopy(result: BuildResult): Promise<void> {
  await rm(result.dir, { recursive: true, force: true });
}
