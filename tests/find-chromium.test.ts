import { describe, expect, it } from "vitest";
import { findChromium } from "../tools/helpers/find-chromium";

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe("findChromium", () => {
  it("prefers PLAYWRIGHT_CHROMIUM_EXECUTABLE", () => {
    expect(
      findChromium({
        fromEnvironment: "/opt/chrome",
        playwrightBrowser: "/pw/chrome",
        exists: only("/opt/chrome", "/pw/chrome", "/usr/bin/chromium"),
      }),
    ).toBe("/opt/chrome");
  });

  it("fails when PLAYWRIGHT_CHROMIUM_EXECUTABLE names a missing file", () => {
    expect(() =>
      findChromium({ fromEnvironment: "/nope", exists: only("/usr/bin/chromium") }),
    ).toThrow("PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to /nope, but there is no file there.");
  });

  it("uses Playwright's own browser when it is installed", () => {
    expect(
      findChromium({
        playwrightBrowser: "/pw/chrome",
        exists: only("/pw/chrome", "/usr/bin/chromium"),
      }),
    ).toBe("/pw/chrome");
  });

  it("falls back to the system Chromium", () => {
    expect(
      findChromium({ playwrightBrowser: "/pw/chrome", exists: only("/usr/bin/chromium") }),
    ).toBe("/usr/bin/chromium");
  });

  it("says how to get a browser when none is found", () => {
    expect(() => findChromium({ playwrightBrowser: "/pw/chrome", exists: only() })).toThrow(
      /No Chromium found[\s\S]*apt-get install chromium[\s\S]*PLAYWRIGHT_CHROMIUM_EXECUTABLE/,
    );
  });
});
