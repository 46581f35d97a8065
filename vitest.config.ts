/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // The one full site build the unit tests read; see tests/support/fixture-site.ts.
    globalSetup: ["tests/global-setup.ts"],
    // The test files share no state worth a fresh worker each; reusing workers saves a second
    // of start-up per file.
    isolate: false,
  },
});
