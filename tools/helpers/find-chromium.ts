import { existsSync } from "node:fs";

export interface ChromiumSources {
  /** `PLAYWRIGHT_CHROMIUM_EXECUTABLE`, when set. */
  fromEnvironment?: string | undefined;
  /** Where Playwright's own browser would be (`chromium.executablePath()`). */
  playwrightBrowser?: string | undefined;
  /** Where the system's Chromium would be. */
  system?: string;
  exists?: (path: string) => boolean;
}

/**
 * The Chromium the e2e tests run: `PLAYWRIGHT_CHROMIUM_EXECUTABLE` when set, else Playwright's
 * own browser when it is installed, else the system's `/usr/bin/chromium`. Fails with a message
 * that says how to get one.
 */
export function findChromium({
  fromEnvironment,
  playwrightBrowser,
  system = "/usr/bin/chromium",
  exists = existsSync,
}: ChromiumSources): string {
  if (fromEnvironment) {
    if (exists(fromEnvironment)) return fromEnvironment;
    throw new Error(
      `PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${fromEnvironment}, but there is no file there.`,
    );
  }
  if (playwrightBrowser && exists(playwrightBrowser)) return playwrightBrowser;
  if (exists(system)) return system;
  throw new Error(
    [
      "No Chromium found for the end-to-end tests. `npm run browser` finds or installs one",
      "(`npm test` runs it first). Or any one of these works:",
      "  - run `npx playwright install chromium` (needs internet access),",
      "  - on Debian or Ubuntu, `apt-get install chromium` (then it is at /usr/bin/chromium),",
      "  - set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome executable.",
    ].join("\n"),
  );
}
