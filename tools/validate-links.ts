/**
 * `node tools/validate-links.ts [dir]`: fails when a built page (every `.html` below `dir`,
 * `dist/` by default) links within the site to a page, file or `#fragment` that is not there,
 * naming the vacancy and the line when the link is in a vacancy's text. See
 * tools/helpers/validate-links.ts.
 */
import path from "node:path";
import { runnerImport } from "vite";

// The checks are TypeScript modules written for Vite; Vite's module runner loads them here.
const { module } = await runnerImport<typeof import("./helpers/validate-links.ts")>(
  path.resolve(import.meta.dirname, "helpers/validate-links.ts"),
  { configFile: false, logLevel: "silent" },
);
process.exitCode = await module.validateLinks(
  path.resolve(process.argv[2] ?? "dist"),
  process.cwd(),
  { log: console.log, error: console.error },
);
