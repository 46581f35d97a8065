/**
 * `npm run browser`: makes sure the end-to-end tests have a Chromium, installing one when there is
 * none (see `ensureChromium`), and prints which one they will use. `npm test` runs it first.
 */
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ensureChromium, isDebianLike } from "./helpers/ensure-chromium.ts";

/** Chromium is about 170 MB; this leaves a slow link time to fetch it and bounds a hang. */
const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 10 * 60_000;
const APT_TIMEOUT_MS = 15 * 60_000;

/**
 * Runs a command with its output shown, and resolves to whether it exited with 0 in time. On
 * timeout it sends SIGTERM, which Playwright's download child and apt-get both exit cleanly on.
 */
function run(
  label: string,
  [command, ...args]: readonly [string, ...string[]],
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, timeout: timeoutMs });
    child.on("error", (error) => {
      console.error(`${label}: ${error.message}`);
      resolve(false);
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGTERM") {
        console.error(`${label} was stopped after ${timeoutMs / 60_000} minutes.`);
      }
      resolve(code === 0);
    });
  });
}

function readOsRelease(): string {
  try {
    return readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

const playwrightCli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const aptEnvironment = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };

try {
  const { path, source } = await ensureChromium({
    fromEnvironment: process.env["PLAYWRIGHT_CHROMIUM_EXECUTABLE"],
    playwrightBrowser: chromium.executablePath(),
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    isDebianLike: isDebianLike(readOsRelease()),
    // The tests launch the full browser by path, so Playwright's headless shell would go unused.
    installPlaywrightBrowser: () =>
      run(
        "playwright install chromium",
        [process.execPath, playwrightCli, "install", "--no-shell", "chromium"],
        PLAYWRIGHT_INSTALL_TIMEOUT_MS,
      ),
    installSystemChromium: async () =>
      (await run("apt-get update", ["apt-get", "update"], APT_TIMEOUT_MS, aptEnvironment)) &&
      run(
        "apt-get install chromium",
        ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
        APT_TIMEOUT_MS,
        aptEnvironment,
      ),
    log: (message) => console.log(message),
  });
  const how = { found: "found", playwright: "installed by Playwright", apt: "installed with apt" };
  console.log(`Chromium for the end-to-end tests (${how[source]}): ${path}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
