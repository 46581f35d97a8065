import { findChromium } from "./find-chromium.ts";

/** What `ensureChromium` needs from the machine; tests pass stand-ins. */
export interface ChromiumMachine {
  /** `PLAYWRIGHT_CHROMIUM_EXECUTABLE`, when set. */
  fromEnvironment: string | undefined;
  /** Where Playwright's own browser is, once installed (`chromium.executablePath()`). */
  playwrightBrowser: string;
  exists: (path: string) => boolean;
  /** apt-get can install packages: the process runs as root. */
  isRoot: boolean;
  /** The system is Debian, Ubuntu or one of their derivatives, so apt has a `chromium` package. */
  isDebianLike: boolean;
  /** Runs `playwright install chromium`; resolves to whether it succeeded in time. */
  installPlaywrightBrowser: () => Promise<boolean>;
  /** Runs `apt-get update` and `apt-get install chromium`; resolves to whether both succeeded. */
  installSystemChromium: () => Promise<boolean>;
  log: (message: string) => void;
}

export interface EnsuredChromium {
  path: string;
  /** `found` when it was there already, else what installed it. */
  source: "found" | "playwright" | "apt";
}

/** The ID and ID_LIKE words of an `/etc/os-release` file name Debian or Ubuntu. */
export function isDebianLike(osRelease: string): boolean {
  const words = [...osRelease.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)/gm)].flatMap((match) =>
    match[1]!.split(/\s+/),
  );
  return words.some((word) => word === "debian" || word === "ubuntu");
}

/**
 * The Chromium the e2e tests will run, installing one when there is none: the one named by
 * `PLAYWRIGHT_CHROMIUM_EXECUTABLE` (never replaced: it was chosen), else any that `findChromium`
 * finds, else Playwright's own browser once `playwright install` succeeds, else, as root on Debian
 * or Ubuntu, the system package. Fails with a message that says what was tried and what to run.
 */
export async function ensureChromium(machine: ChromiumMachine): Promise<EnsuredChromium> {
  const { fromEnvironment, playwrightBrowser, exists, log } = machine;
  const find = () => findChromium({ fromEnvironment, playwrightBrowser, exists });
  try {
    return { path: find(), source: "found" };
  } catch (error) {
    if (fromEnvironment) throw error;
  }

  const tried: string[] = [];
  log("No Chromium found; installing Playwright's with `playwright install chromium`.");
  if ((await machine.installPlaywrightBrowser()) && exists(playwrightBrowser)) {
    return { path: playwrightBrowser, source: "playwright" };
  }
  tried.push(
    "`playwright install chromium` failed (see above); it downloads from Playwright's servers.",
  );

  if (machine.isRoot && machine.isDebianLike) {
    log("Installing the system's Chromium with `apt-get install chromium`.");
    if (await machine.installSystemChromium()) {
      try {
        return { path: find(), source: "apt" };
      } catch {
        tried.push("`apt-get install chromium` succeeded, but left no Chromium where expected.");
      }
    } else {
      tried.push("`apt-get install chromium` failed (see above).");
    }
  } else {
    tried.push(
      machine.isDebianLike
        ? "`apt-get install chromium` was not tried: it needs root."
        : "`apt-get install chromium` was not tried: this is not Debian or Ubuntu.",
    );
  }

  throw new Error(
    [
      "Could not find or install Chromium for the end-to-end tests.",
      ...tried.map((line) => `  - ${line}`),
      "Any one of these works, then run the tests again:",
      "  - `npx playwright install chromium`, on a network that reaches Playwright's servers;",
      "  - on Debian or Ubuntu, as root: `apt-get update && apt-get install chromium`;",
      "  - set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome executable.",
    ].join("\n"),
  );
}
