import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ensureChromium,
  isDebianLike,
  type ChromiumMachine,
} from "../tools/helpers/ensure-chromium";

const PLAYWRIGHT_BROWSER = "/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome";
const SYSTEM = "/usr/bin/chromium";

/**
 * A machine with the given files, where each installer, when it succeeds, creates the file it
 * would. It records what ran, in order, and what was logged.
 */
function machine(
  options: {
    files?: string[];
    fromEnvironment?: string;
    isRoot?: boolean;
    isDebianLike?: boolean;
    playwrightInstallWorks?: boolean;
    aptWorks?: boolean;
  } = {},
) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const stand: ChromiumMachine = {
    fromEnvironment: options.fromEnvironment,
    playwrightBrowser: PLAYWRIGHT_BROWSER,
    exists: (file) => files.has(file),
    isRoot: options.isRoot ?? true,
    isDebianLike: options.isDebianLike ?? true,
    installPlaywrightBrowser: async () => {
      ran.push("playwright install chromium");
      if (options.playwrightInstallWorks) files.add(PLAYWRIGHT_BROWSER);
      return options.playwrightInstallWorks ?? false;
    },
    installSystemChromium: async () => {
      ran.push("apt-get install chromium");
      if (options.aptWorks) files.add(SYSTEM);
      return options.aptWorks ?? false;
    },
    log: (message) => logged.push(message),
  };
  return { stand, ran, logged };
}

describe("ensureChromium", () => {
  it("returns PLAYWRIGHT_CHROMIUM_EXECUTABLE when set, installing nothing", async () => {
    const { stand, ran } = machine({ fromEnvironment: "/opt/chrome", files: ["/opt/chrome"] });
    expect(await ensureChromium(stand)).toEqual({ path: "/opt/chrome", source: "found" });
    expect(ran).toEqual([]);
  });

  it("throws, installing nothing, when PLAYWRIGHT_CHROMIUM_EXECUTABLE names a missing file", async () => {
    const { stand, ran } = machine({ fromEnvironment: "/nope", files: [SYSTEM] });
    await expect(ensureChromium(stand)).rejects.toThrow(
      "PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to /nope, but there is no file there.",
    );
    expect(ran).toEqual([]);
  });

  it("returns a Chromium that is there already, installing nothing", async () => {
    const { stand, ran } = machine({ files: [SYSTEM] });
    expect(await ensureChromium(stand)).toEqual({ path: SYSTEM, source: "found" });
    expect(ran).toEqual([]);
  });

  it("installs Playwright's browser first when there is none", async () => {
    const { stand, ran } = machine({ playwrightInstallWorks: true, aptWorks: true });
    expect(await ensureChromium(stand)).toEqual({ path: PLAYWRIGHT_BROWSER, source: "playwright" });
    expect(ran).toEqual(["playwright install chromium"]);
  });

  it("falls back to apt as root on Debian or Ubuntu when Playwright's install fails", async () => {
    const { stand, ran, logged } = machine({ aptWorks: true });
    expect(await ensureChromium(stand)).toEqual({ path: SYSTEM, source: "apt" });
    expect(ran).toEqual(["playwright install chromium", "apt-get install chromium"]);
    expect(logged).toEqual([
      "No Chromium found; installing Playwright's with `playwright install chromium`.",
      "Installing the system's Chromium with `apt-get install chromium`.",
    ]);
  });

  it("says what failed and what to run when both installs fail", async () => {
    const { stand } = machine();
    await expect(ensureChromium(stand)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Could not find or install Chromium for the end-to-end tests.
        - \`playwright install chromium\` failed (see above); it downloads from Playwright's servers.
        - \`apt-get install chromium\` failed (see above).
      Any one of these works, then run the tests again:
        - \`npx playwright install chromium\`, on a network that reaches Playwright's servers;
        - on Debian or Ubuntu, as root: \`apt-get update && apt-get install chromium\`;
        - set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome executable.]
    `);
  });

  it("says so when apt succeeds but leaves no Chromium where expected", async () => {
    const { stand } = machine();
    stand.installSystemChromium = async () => true;
    await expect(ensureChromium(stand)).rejects.toThrow(
      "`apt-get install chromium` succeeded, but left no Chromium where expected.",
    );
  });

  it("does not try apt without root, and says so", async () => {
    const { stand, ran } = machine({ isRoot: false, aptWorks: true });
    await expect(ensureChromium(stand)).rejects.toThrow(
      "`apt-get install chromium` was not tried: it needs root.",
    );
    expect(ran).toEqual(["playwright install chromium"]);
  });

  it("does not try apt off Debian and Ubuntu, and says so", async () => {
    const { stand, ran } = machine({ isDebianLike: false, aptWorks: true });
    await expect(ensureChromium(stand)).rejects.toThrow(
      "`apt-get install chromium` was not tried: this is not Debian or Ubuntu.",
    );
    expect(ran).toEqual(["playwright install chromium"]);
  });

  it.runIf(existsSync(SYSTEM))(
    "finds this machine's /usr/bin/chromium on the real file system, installing nothing",
    async () => {
      const empty = await mkdtemp(path.join(tmpdir(), "no-playwright-browser-"));
      try {
        const ran: string[] = [];
        const result = await ensureChromium({
          fromEnvironment: undefined,
          playwrightBrowser: path.join(empty, "chrome"),
          exists: existsSync,
          isRoot: process.getuid?.() === 0,
          isDebianLike: true,
          installPlaywrightBrowser: async () => Boolean(ran.push("playwright")),
          installSystemChromium: async () => Boolean(ran.push("apt")),
          log: () => {},
        });
        expect(result).toEqual({ path: SYSTEM, source: "found" });
        expect(ran).toEqual([]);
      } finally {
        await rm(empty, { recursive: true });
      }
    },
  );
});

describe("isDebianLike", () => {
  it.each([
    ["Debian", 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', true],
    ["Ubuntu", "NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n", true],
    ["Linux Mint", 'ID=linuxmint\nID_LIKE="ubuntu debian"\n', true],
    ["Fedora", "NAME=Fedora\nID=fedora\n", false],
    ["Arch", "ID=arch\nBUILD_ID=rolling\n", false],
    ["no os-release", "", false],
  ])("returns whether %s is Debian or Ubuntu", (_name, osRelease, expected) => {
    expect(isDebianLike(osRelease)).toBe(expected);
  });
});
