/** `npm run new`: see tools/helpers/new-entry.ts. */
import path from "node:path";
import { runnerImport } from "vite";

// The schemas are TypeScript modules written for Vite; Vite's module runner loads them here.
const { module } = await runnerImport<typeof import("./helpers/new-entry.ts")>(
  path.resolve(import.meta.dirname, "helpers/new-entry.ts"),
  { configFile: false, logLevel: "silent" },
);
process.exitCode = await module.newEntry(process.argv.slice(2), {
  log: console.log,
  error: console.error,
  siteNow: process.env["SITE_NOW"],
});
