/**
 * Throwaway copies of the site, for the tests that build one and for the benchmark. Each copy
 * gets the project's sources and links to its packages; the project itself is only read.
 */
import { cp, mkdir, readdir, symlink } from "node:fs/promises";
import path from "node:path";

/** The project's root. */
export const ROOT = path.resolve(import.meta.dirname, "../..");
/** What a copy of the site needs. */
export const COPIED_PATHS = [
  "src",
  "public",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  ".htmlvalidate.json",
];

/** Copies the project's sources into `dir` and links its packages there. */
export async function copyProject(dir: string): Promise<void> {
  for (const name of COPIED_PATHS) {
    await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  await linkNodeModules(dir);
}

/**
 * Gives `dir` a real node_modules directory with a link to each of the project's packages.
 * Linking node_modules itself would share node_modules/.vite and node_modules/.astro (Vite's and
 * the content layer's caches) between builds; this way each copy has its own.
 */
export async function linkNodeModules(dir: string): Promise<void> {
  await mkdir(path.join(dir, "node_modules"), { recursive: true });
  for (const name of await readdir(path.join(ROOT, "node_modules"))) {
    if (name.startsWith(".")) continue;
    await symlink(path.join(ROOT, "node_modules", name), path.join(dir, "node_modules", name));
  }
}

/**
 * The environment for a build: the caller's, without what would change the build's settings.
 * Vite reads BASE_URL, MODE, DEV, PROD and SSR from the environment (a parent Vite or Vitest
 * sets them), so they must not be inherited.
 */
export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) {
    delete inherited[name];
  }
  for (const name of Object.keys(inherited)) if (name.startsWith("VITEST")) delete inherited[name];
  // A test's broken copy must not annotate the pull request the tests run for.
  delete inherited["GITHUB_ACTIONS"];
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...extra };
}
