/**
 * Lighthouse CI (`npm run lighthouse`): five mobile runs of Lighthouse on three pages of the built
 * site, with the same Chromium as the e2e tests, asserted against the budgets below. Timings vary
 * from run to run, so performance and blocking time are held as the median of the five; the rest
 * hold in every run. The HTML reports go to .lighthouseci/reports/; nothing is uploaded.
 */
const { Server } = require("node:http");
const { chromium } = require("@playwright/test");
const { findChromium } = require("./tools/helpers/find-chromium.ts");

// Lighthouse CI serves staticDistDir on every network interface; keep its server on loopback.
const listen = Server.prototype.listen;
Server.prototype.listen = function (port, ...rest) {
  return typeof port === "number" && typeof rest[0] === "function"
    ? listen.call(this, port, "127.0.0.1", ...rest)
    : listen.call(this, port, ...rest);
};

const isRoot = process.getuid?.() === 0;

module.exports = {
  ci: {
    collect: {
      staticDistDir: "dist",
      // Lighthouse CI puts its server's port into each address.
      url: [
        "http://127.0.0.1/",
        "http://127.0.0.1/vacancies/",
        "http://127.0.0.1/vacancies/phd-medical-image-analysis/",
      ],
      numberOfRuns: 5,
      chromePath: findChromium({
        fromEnvironment: process.env["PLAYWRIGHT_CHROMIUM_EXECUTABLE"],
        playwrightBrowser: chromium.executablePath(),
      }),
      // Lighthouse's defaults otherwise: mobile emulation and simulated throttling.
      settings: {
        // Root cannot use Chromium's sandbox.
        chromeFlags: [...(isRoot ? ["--no-sandbox"] : []), "--headless=new"].join(" "),
      },
    },
    assert: {
      assertions: {
        "categories:performance": ["error", { minScore: 1, aggregationMethod: "median" }],
        "categories:accessibility": ["error", { minScore: 1 }],
        "categories:best-practices": ["error", { minScore: 1 }],
        "categories:seo": ["error", { minScore: 1 }],
        "cumulative-layout-shift": ["error", { maxNumericValue: 0 }],
        // The deadline script waits for an idle moment and builds no date formatter for a visitor
        // whose clocks read as the deadline's zone; the page should block the main thread for
        // next to nothing.
        "total-blocking-time": ["error", { maxNumericValue: 30, aggregationMethod: "median" }],
        // Everything a page loads, as transferred; e2e/budget.spec.ts holds /vacancies/ to the same.
        "total-byte-weight": ["error", { maxNumericValue: 50 * 1024 }],
      },
    },
    upload: { target: "filesystem", outputDir: ".lighthouseci/reports" },
  },
};
