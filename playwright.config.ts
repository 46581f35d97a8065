import { chromium, defineConfig, devices } from "@playwright/test";
import { findChromium } from "./tools/helpers/find-chromium";

// E2E_PORT lets two checkouts on one machine run their e2e tests at the same time.
const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  // One worker per core, on CI too: Playwright's default is half the cores, one on a 2-core machine.
  workers: "100%",
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium({
            fromEnvironment: process.env["PLAYWRIGHT_CHROMIUM_EXECUTABLE"],
            playwrightBrowser: chromium.executablePath(),
          }),
          // Root cannot use Chromium's sandbox; the rest keeps a closed network quiet.
          args: [
            ...(isRoot ? ["--no-sandbox"] : []),
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  // `npm run test:e2e` builds first; this serves that build the way `npm run preview` does.
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
