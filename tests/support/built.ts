import { readFile } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";

/** The shared fixture build (tests/global-setup.ts). */
export const fixtureBuild = () => inject("fixtureBuild");

/** A file of the fixture's built site, by its path in dist/. */
export const readBuilt = (file: string) =>
  readFile(path.join(fixtureBuild().dir, "dist", file), "utf8");

/** The path of a file of the fixture's built site. */
export const builtPath = (...parts: string[]) => path.join(fixtureBuild().dir, "dist", ...parts);
