/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/** The tests that build a site: the shared fixture build's readers, and those that build their own. */
const BUILDS = [
  "tests/built-site.test.ts",
  "tests/drafts.test.ts",
  "tests/links.test.ts",
  "tests/many-vacancies.test.ts",
  "tests/search.test.ts",
  "tests/build-errors.test.ts",
  "tests/vacancies-size.test.ts",
];

export default getViteConfig({
  test: {
    // The test files share no state worth a fresh worker each; reusing workers saves a second
    // of start-up per file.
    isolate: false,
    projects: [
      {
        // Pure tests build nothing, so `npx vitest run tests/<file>` starts at once.
        extends: true,
        test: { name: "pure", include: ["tests/**/*.test.ts"], exclude: BUILDS },
      },
      {
        extends: true,
        test: {
          name: "builds",
          include: BUILDS,
          // The one full site build the fixture tests read; see tests/support/fixture-site.ts.
          globalSetup: ["tests/global-setup.ts"],
        },
      },
    ],
  },
});
