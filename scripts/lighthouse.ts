/**
 * `npm run lighthouse [-- --no-build] [--path /vacancies/] [--runs 3]`: builds the site, serves
 * `dist/` on 127.0.0.1 with a small server of its own (gzip, `index.html`, `404.html`, like the
 * real host), and runs Lighthouse several times on one page with its default mobile emulation and
 * simulated throttling. It prints each run's scores, the medians, the key metrics, the audits
 * that failed and the performance findings worth fixing first.
 *
 * It measures; it does not judge: it exits 0 whatever the scores, and 1 only when it could not
 * measure (the build failed, Chromium is missing or would not start, the page did not load).
 * Nothing it does reaches beyond the machine.
 */
import { chromium } from "@playwright/test";
import { killAll, launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { generateReport, type Flags, type Result } from "lighthouse";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { findChromium } from "../support/find-chromium.ts";
import { serveStatic, type StaticServer } from "./lighthouse/server.ts";
import {
  CATEGORIES,
  CATEGORY_IDS,
  failingAuditLines,
  median,
  medianRun,
  metricLines,
  opportunityLines,
  scoreTable,
} from "./lighthouse/summary.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, "dist");

const USAGE = [
  "Usage: npm run lighthouse -- [--no-build] [--path /vacancies/] [--runs 3]",
  "  --no-build   measure the existing dist/ instead of building first",
  "  --path P     the page to measure (default /vacancies/)",
  "  --runs N     how many Lighthouse runs to take the median of (default 3)",
].join("\n");

/** Lighthouse warns about hosts slower than this in its CLI, not in its module; so do we. */
const SLOW_BENCHMARK_INDEX = 1000;
const MAX_OPPORTUNITIES = 6;

interface Options {
  build: boolean;
  pagePath: string;
  runs: number;
}

function parseArgs(args: readonly string[]): Options | { error: string } | "help" {
  const options: Options = { build: true, pagePath: "/vacancies/", runs: 3 };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => (inline !== undefined ? inline : args[++index]);
    switch (name) {
      case "--help":
      case "-h":
        return "help";
      case "--no-build":
        options.build = false;
        break;
      case "--path": {
        const pagePath = value();
        if (!pagePath) return { error: "--path needs a page path, such as /vacancies/." };
        options.pagePath = pagePath.startsWith("/") ? pagePath : `/${pagePath}`;
        break;
      }
      case "--runs": {
        const runs = Number(value());
        if (!Number.isInteger(runs) || runs < 1 || runs > 25) {
          return { error: "--runs needs a whole number from 1 to 25." };
        }
        options.runs = runs;
        break;
      }
      default:
        return { error: `Unknown argument ${arg}.` };
    }
  }
  return options;
}

class MeasurementError extends Error {}

/** The build, while it runs, so that an interrupted script stops it too. */
let building: ChildProcess | undefined;

/** Builds the site into dist/ with the project's Astro and this same Node. */
async function build(): Promise<void> {
  console.log("Building the site (astro build)…");
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: ROOT,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
        stdio: "inherit",
      },
    );
    building = child;
    child.once("error", reject);
    child.once("exit", (exitCode, signal) => resolve(signal ? null : exitCode));
  }).finally(() => (building = undefined));
  if (code !== 0) {
    throw new MeasurementError(
      `The build failed (${code === null ? "killed by a signal" : `exit code ${code}`}); see its output above. Nothing was measured.`,
    );
  }
}

const CHROME_FLAGS = [
  "--headless=new",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  // Even so, Chromium looks up Google's update and sign-in hosts. Resolving no host name at all
  // keeps it on the machine; the page is served from an IP address, so it still loads, and a
  // request to any other host fails visibly (in the console, so under best practices).
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  // Root cannot use Chromium's sandbox.
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

async function launchChrome(chromePath: string): Promise<LaunchedChrome> {
  try {
    // handleSIGINT: false, because this script stops Chrome itself, after the server.
    return await launch({
      chromePath,
      chromeFlags: CHROME_FLAGS,
      handleSIGINT: false,
      logLevel: "silent",
    });
  } catch (error) {
    throw new MeasurementError(
      `Could not start Chromium at ${chromePath}: ${(error as Error).message}\n` +
        "Set PLAYWRIGHT_CHROMIUM_EXECUTABLE to another Chromium or Chrome to try that one.",
    );
  }
}

/** One Lighthouse run in a fresh Chrome, which is stopped whatever happens. */
async function measure(url: string, chromePath: string): Promise<Result> {
  const chrome = await launchChrome(chromePath);
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: CATEGORY_IDS,
      // The full-page screenshot is only a picture in the HTML report; it costs time and memory.
      disableFullPageScreenshot: true,
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new MeasurementError("Lighthouse returned no result.");
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const THROTTLING_NAMES = { simulate: "simulated", devtools: "DevTools", provided: "no" } as const;

function describeSettings(lhr: Result): string {
  const { formFactor, throttlingMethod, throttling, screenEmulation } = lhr.configSettings;
  const network =
    throttlingMethod === "simulate"
      ? `${throttling.rttMs} ms RTT, ${(throttling.throughputKbps / 1024).toFixed(1)} Mbit/s`
      : "";
  return [
    `${formFactor} (${screenEmulation.width}×${screenEmulation.height} @${screenEmulation.deviceScaleFactor}x)`,
    `${THROTTLING_NAMES[throttlingMethod]} throttling${network ? ` (${network}, CPU ×${throttling.cpuSlowdownMultiplier})` : ""}`,
  ].join(", ");
}

/**
 * Writes Lighthouse's own HTML report of a run to a fresh folder in the system's temporary
 * directory (never into the project) and returns its path.
 */
async function writeHtmlReport(lhr: Result, pagePath: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "lighthouse-"));
  const slug = pagePath.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
  const file = path.join(dir, `${slug}.html`);
  await writeFile(file, generateReport(lhr, "html"));
  return file;
}

function report(
  lhrs: readonly Result[],
  options: Options,
  url: string,
  chromePath: string,
  htmlReport: string | undefined,
): void {
  const first = lhrs[0]!;
  const chromeVersion = /(?:Headless)?Chrome\/([\d.]+)/.exec(first.environment.hostUserAgent)?.[1];
  const benchmark = median(lhrs.map((lhr) => lhr.environment.benchmarkIndex));
  const out: string[] = [
    "",
    `Lighthouse ${first.lighthouseVersion} — ${url}`,
    `Chromium ${chromeVersion ?? "?"} (${chromePath}); ${describeSettings(first)}`,
    `Median of ${lhrs.length} run${lhrs.length === 1 ? "" : "s"}; host CPU benchmark index ${Math.round(benchmark)}, load average ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores`,
    "",
    ...scoreTable(lhrs),
    "",
    "Median metrics:",
    ...metricLines(lhrs).map((line) => `  ${line}`),
  ];
  if (benchmark < SLOW_BENCHMARK_INDEX) {
    out.push(
      "",
      `Note: this machine's CPU benchmark index (${Math.round(benchmark)}) is below the ${SLOW_BENCHMARK_INDEX} Lighthouse expects, or it was busy.`,
      `Lighthouse multiplies the CPU time it observes by ${first.configSettings.throttling.cpuSlowdownMultiplier}, so TBT and the performance score come out`,
      "worse here than on a typical developer machine; compare runs on the same machine only.",
    );
  }
  const warnings = [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings))];
  if (warnings.length) out.push("", "Lighthouse warnings:", ...warnings.map((w) => `  ! ${w}`));

  for (const { id, label } of CATEGORIES) {
    if (id === "performance") continue;
    const lines = failingAuditLines(lhrs, id);
    out.push(
      "",
      lines.length ? `${label}: failing audits` : `${label}: every audit passed.`,
      ...lines,
    );
  }
  const chosen = medianRun(lhrs);
  const opportunities = opportunityLines(chosen.lhr, MAX_OPPORTUNITIES);
  out.push(
    "",
    opportunities.length
      ? `Performance: what to look at first (from run ${chosen.index + 1}, the median run)`
      : "Performance: no insight or diagnostic flagged anything.",
    ...opportunities,
  );
  if (htmlReport) out.push("", `Full report of run ${chosen.index + 1}: ${htmlReport}`);
  if (!options.build) out.push("", "(Measured the existing dist/; it was not rebuilt.)");
  console.log(out.join("\n"));
}

async function main(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  if ("error" in options) {
    console.error(`${options.error}\n${USAGE}`);
    return 1;
  }

  let server: StaticServer | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    building?.kill("SIGTERM");
    // Every Chrome this process started, including one still starting or one that failed to.
    killAll();
    await server?.close();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\nStopped by ${signal}.`);
    void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    let chromePath: string;
    try {
      chromePath = findChromium({
        fromEnvironment: process.env["PLAYWRIGHT_CHROMIUM_EXECUTABLE"],
        playwrightBrowser: chromium.executablePath(),
      });
    } catch (error) {
      throw new MeasurementError(
        (error as Error).message.replace("end-to-end tests", "Lighthouse"),
      );
    }
    if (options.build) {
      await build();
    } else if (!existsSync(path.join(DIST, "index.html"))) {
      throw new MeasurementError("There is no built site in dist/; run without --no-build.");
    }

    server = await serveStatic(DIST);
    const url = `${server.origin}${options.pagePath}`;
    const lhrs: Result[] = [];
    for (let run = 1; run <= options.runs; run++) {
      process.stdout.write(`Lighthouse run ${run} of ${options.runs} on ${url} … `);
      const started = performance.now();
      const lhr = await measure(url, chromePath).catch((error: unknown) => {
        console.log("failed");
        throw error;
      });
      const seconds = Math.round((performance.now() - started) / 1000);
      if (lhr.runtimeError) {
        console.log(`failed after ${seconds} s`);
        throw new MeasurementError(
          `Lighthouse could not measure ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
        );
      }
      const scores = CATEGORIES.map(({ id }) => {
        const score = lhr.categories[id]?.score;
        return typeof score === "number" ? Math.round(score * 100) : "–";
      });
      console.log(`done in ${seconds} s (${scores.join(" / ")})`);
      lhrs.push(lhr);
    }
    // The report is a convenience: failing to write it spoils nothing else.
    const htmlReport = await writeHtmlReport(medianRun(lhrs).lhr, options.pagePath).catch(
      (error: unknown) => {
        console.error(`Could not write the HTML report: ${(error as Error).message}`);
        return undefined;
      },
    );
    report(lhrs, options, url, chromePath, htmlReport);
    return 0;
  } catch (error) {
    console.error(
      error instanceof MeasurementError
        ? `\n${error.message}`
        : `\nThe Lighthouse run failed: ${(error as Error).stack ?? String(error)}`,
    );
    return 1;
  } finally {
    await stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

process.exitCode = await main(process.argv.slice(2));
