import type { TestProject } from "vitest/node";
import { buildCopy, removeCopy } from "./support/build";
import { FIXTURE, fixtureFiles } from "./support/fixture-site";

/** What the tests receive of the shared fixture build (see tests/support/fixture-site.ts). */
export interface FixtureBuild {
  ok: boolean;
  output: string;
  /** The copy's root; the site is in `dist/` below it. */
  dir: string;
  /** How many generated vacancies have closed at the fixture's `now`. */
  closed: number;
  /** The generated vacancy files, relative to the project. */
  vacancyFiles: string[];
}

declare module "vitest" {
  export interface ProvidedContext {
    fixtureBuild: FixtureBuild;
  }
}

/** Builds the fixture site once for the whole unit suite, and removes it afterwards. */
export default async function setup(project: TestProject) {
  const { files, generated } = await fixtureFiles();
  const result = await buildCopy(
    files,
    { SITE_NOW: FIXTURE.now.toISOString(), TZ: FIXTURE.machineZone },
    ["--site", FIXTURE.site, "--base", FIXTURE.base],
  );
  project.provide("fixtureBuild", { ...result, ...generated });
  return () => removeCopy(result);
}
