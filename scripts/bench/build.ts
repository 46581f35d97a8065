/**
 * Builds sites for the benchmark, and measures each build: wall time, CPU
 * time, peak memory, Astro's own phase timings, and what it wrote to `dist/`.
 */
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, lstat, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";

const TIME = "/usr/bin/time";

export interface Phases {
  /** "[types] Generated …": content sync and type generation. */
  syncMs?: number;
  /** "[vite] ✓ built in …", summed over Vite's builds: bundling. */
  bundleMs?: number;
  /** "generating static routes … ✓ Completed in …": rendering every page and endpoint. */
  renderMs?: number;
  /** "generating optimized images … ✓ Completed in …". */
  imagesMs?: number;
  /** "[build] N page(s) built in …": Astro's own total, without Node's start-up. */
  astroTotalMs?: number;
}

export interface DistStats {
  htmlFiles: number;
  files: number;
  bytes: number;
  /** The biggest HTML file, relative to dist/. */
  largestHtml: { file: string; bytes: number } | undefined;
}

export interface BuildMeasurement {
  /** From spawning the build process to its exit. */
  wallMs: number;
  /** CPU seconds in user and kernel mode (from /usr/bin/time), when known. */
  userSeconds: number | undefined;
  systemSeconds: number | undefined;
  /** Peak resident set size in bytes. */
  peakRssBytes: number | undefined;
  /** How the peak was measured. */
  peakRssMethod: string;
  phases: Phases;
  dist: DistStats;
}

export interface BuildOptions {
  env: NodeJS.ProcessEnv;
  /** Options for Node itself, such as --cpu-prof. */
  nodeArgs?: readonly string[];
  /** Copy the build's output to stderr as it comes. */
  verbose?: boolean;
  /** Where to save the build's output. */
  logFile?: string;
}

export class BuildFailure extends Error {
  override name = "BuildFailure";
  readonly output: string;
  constructor(message: string, output: string) {
    super(message);
    this.output = output;
  }
}

/** `/usr/bin/time -v` reports the child's peak RSS; without it, /proc is polled instead. */
async function hasGnuTime(): Promise<boolean> {
  try {
    await access(TIME, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs `astro build` in `dir` with this script's Node and measures it. */
export async function measureBuild(dir: string, options: BuildOptions): Promise<BuildMeasurement> {
  const astro = path.join(dir, "node_modules/astro/bin/astro.mjs");
  const nodeCommand = [process.execPath, ...(options.nodeArgs ?? []), astro, "build"];
  const timeFile = path.join(dir, ".bench-time.txt");
  const useTime = await hasGnuTime();
  const [command, ...args] = useTime ? [TIME, "-v", "-o", timeFile, ...nodeCommand] : nodeCommand;

  const started = performance.now();
  const child = spawn(command!, args, { cwd: dir, env: options.env, stdio: "pipe" });
  child.stdin.end();
  const chunks: string[] = [];
  const collect = (text: string) => {
    chunks.push(text);
    if (options.verbose) process.stderr.write(text);
  };
  // Decoded as UTF-8 by the streams, so that no character is split between two chunks.
  child.stdout.setEncoding("utf8").on("data", collect);
  child.stderr.setEncoding("utf8").on("data", collect);

  // Without /usr/bin/time, poll the high-water mark of the build's own process.
  let polledPeakKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        if (child.pid === undefined) return;
        readFile(`/proc/${child.pid}/status`, "utf8")
          .then((status) => {
            const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
            polledPeakKb = Math.max(polledPeakKb, kb);
          })
          .catch(() => {});
      }, 50);

  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  const output = stripAnsi(chunks.join(""));
  if (options.logFile) await writeFile(options.logFile, output);
  if (code !== 0) {
    throw new BuildFailure(`astro build in ${dir} exited with code ${code}`, output);
  }

  let userSeconds: number | undefined;
  let systemSeconds: number | undefined;
  let peakRssBytes: number | undefined;
  let peakRssMethod: string;
  if (useTime) {
    const report = await readFile(timeFile, "utf8");
    await rm(timeFile, { force: true });
    const field = (label: string) => {
      const value = new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1];
      return value === undefined ? undefined : Number(value);
    };
    userSeconds = field("User time \\(seconds\\)");
    systemSeconds = field("System time \\(seconds\\)");
    const kb = field("Maximum resident set size \\(kbytes\\)");
    peakRssBytes = kb === undefined ? undefined : kb * 1024;
    peakRssMethod = "/usr/bin/time -v: maximum resident set size of the largest process";
  } else {
    peakRssBytes = polledPeakKb > 0 ? polledPeakKb * 1024 : undefined;
    peakRssMethod = "VmHWM of the build process, polled every 50 ms from /proc";
  }

  return {
    wallMs,
    userSeconds,
    systemSeconds,
    peakRssBytes,
    peakRssMethod,
    phases: parsePhases(output),
    dist: await distStats(path.join(dir, "dist")),
  };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** A duration as Astro and Vite print it: "695ms", "1.70s", "2m 5s". */
const DURATION = String.raw`(\d+m \d+(?:\.\d+)?s|[\d.]+(?:ms|s))`;

function duration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const minutes = /^(\d+)m ([\d.]+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const match = /^([\d.]+)(ms|s)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
}

/** The phase timings Astro writes to its log. */
export function parsePhases(output: string): Phases {
  const phases: Phases = {};
  const find = (pattern: string, text = output) =>
    duration(new RegExp(pattern.replace("DURATION", DURATION)).exec(text)?.[1]);
  const sync = find(String.raw`\[types\] Generated DURATION`);
  if (sync !== undefined) phases.syncMs = sync;
  const bundles = [
    ...output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g")),
  ].map((match) => duration(match[1]) ?? 0);
  if (bundles.length > 0) phases.bundleMs = bundles.reduce((sum, ms) => sum + ms, 0);
  const after = (heading: string) => {
    const start = output.indexOf(heading);
    return start === -1
      ? undefined
      : find(String.raw`✓ Completed in DURATION\.`, output.slice(start));
  };
  const render = after("generating static routes");
  if (render !== undefined) phases.renderMs = render;
  const images = after("generating optimized images");
  if (images !== undefined) phases.imagesMs = images;
  const total = find(String.raw`\[build\] [\d,.]+ page\(s\) built in DURATION`);
  if (total !== undefined) phases.astroTotalMs = total;
  return phases;
}

/** Counts and sizes what the build wrote. */
export async function distStats(dist: string): Promise<DistStats> {
  const stats: DistStats = { htmlFiles: 0, files: 0, bytes: 0, largestHtml: undefined };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(file);
      } else if (entry.isFile()) {
        const { size } = await lstat(file);
        stats.files++;
        stats.bytes += size;
        if (entry.name.endsWith(".html")) {
          stats.htmlFiles++;
          if (!stats.largestHtml || size > stats.largestHtml.bytes) {
            stats.largestHtml = { file: path.relative(dist, file), bytes: size };
          }
        }
      }
    }
  };
  await walk(dist);
  return stats;
}
