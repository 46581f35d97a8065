/**
 * `npm run bench -- --entries N`: builds a temporary copy of the site with N generated vacancies
 * and reports how long the build takes, per page and against a minimal Astro site with the same
 * MDX files (the framework floor). See docs/benchmarks.md.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  COPIED_PATHS,
  ROOT,
  buildEnvironment,
  copyProject,
  linkNodeModules,
} from "../support/site-copy.ts";
import { BuildFailure, measureBuild, type BuildMeasurement } from "./bench/build.ts";
import { writeFloorSite } from "./bench/floor.ts";
import { generateSite } from "./bench/generate.ts";
import {
  cpuSeconds,
  formatReport,
  ratioToFloor,
  summariseBuilds,
  type BenchResult,
} from "./bench/report.ts";

const run = promisify(execFile);

const USAGE = `Usage: npm run bench -- --entries <N> [options]

Builds a temporary copy of the site with N generated vacancies, then a minimal Astro site with
the same MDX files, and prints wall time, ms per page, peak memory and the size of dist/.

Options:
  --entries <N>          number of vacancies to generate (default 100)
  --seed <text>          seed of the generator (default "phd-vacancies")
  --format <mdx|md>      write the vacancies as MDX (default) or plain Markdown
  --now <instant>        SITE_NOW for the builds (default 2025-11-25T10:00:00Z)
  --rounds <R>           repeat the three builds R times, each round from cold, and report
                         medians (default 1)
  --json                 print the results as JSON instead of a table
  --keep                 keep the temporary directory and print where it is
  --verbose              copy the builds' output to stderr as they run
  --cpu-prof-dir <dir>   profile our site's first build (node --cpu-prof) into <dir>;
                         analyse with node scripts/bench/profile.ts <dir>
  --no-second            skip the second, unchanged build of our site
  --no-floor             skip the framework floor
  -h, --help             show this help`;

interface Options {
  entries: number;
  seed: string;
  format: "mdx" | "md";
  now: string;
  rounds: number;
  json: boolean;
  keep: boolean;
  verbose: boolean;
  cpuProfDir: string | undefined;
  second: boolean;
  floor: boolean;
}

function parseArgs(args: readonly string[]): Options | { error: string } | "help" {
  const options: Options = {
    entries: 100,
    seed: "phd-vacancies",
    format: "mdx",
    now: "2025-11-25T10:00:00Z",
    rounds: 1,
    json: false,
    keep: false,
    verbose: false,
    cpuProfDir: undefined,
    second: true,
    floor: true,
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => inline ?? args[++index];
    switch (name) {
      case "-h":
      case "--help":
        return "help";
      case "--entries": {
        const text = value();
        const count = Number(text);
        if (!Number.isInteger(count) || count < 1) {
          return { error: `--entries needs a whole number of at least 1, not ${text}.` };
        }
        options.entries = count;
        break;
      }
      case "--rounds": {
        const text = value();
        const rounds = Number(text);
        if (!Number.isInteger(rounds) || rounds < 1) {
          return { error: `--rounds needs a whole number of at least 1, not ${text}.` };
        }
        options.rounds = rounds;
        break;
      }
      case "--format": {
        const text = value();
        if (text !== "mdx" && text !== "md") return { error: "--format needs mdx or md." };
        options.format = text;
        break;
      }
      case "--seed": {
        const text = value();
        if (text === undefined) return { error: "--seed needs a value." };
        options.seed = text;
        break;
      }
      case "--now": {
        const text = value();
        if (text === undefined || Number.isNaN(Date.parse(text))) {
          return { error: `--now needs an instant such as 2025-11-25T10:00:00Z, not ${text}.` };
        }
        options.now = text;
        break;
      }
      case "--cpu-prof-dir": {
        const text = value();
        if (!text) return { error: "--cpu-prof-dir needs a directory." };
        options.cpuProfDir = path.resolve(text);
        break;
      }
      case "--json":
        options.json = true;
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--verbose":
        options.verbose = true;
        break;
      case "--no-second":
        options.second = false;
        break;
      case "--no-floor":
        options.floor = false;
        break;
      default:
        return { error: `Unknown option ${arg}.` };
    }
  }
  return options;
}

/** The commit of the project, and whether the files a copy takes differ from it. */
async function revision(): Promise<BenchResult["revision"]> {
  const git = async (...args: string[]) => (await run("git", args, { cwd: ROOT })).stdout.trim();
  try {
    const commit = await git("rev-parse", "HEAD");
    const status = await git("status", "--porcelain", "--", ...COPIED_PATHS);
    return { commit, uncommittedChanges: status !== "" };
  } catch {
    return undefined;
  }
}

async function astroVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(ROOT, "node_modules/astro/package.json"), "utf8"),
  ) as { version?: string };
  return manifest.version ?? "unknown";
}

/** Ids of the published scholarships of the copy, which generated vacancies refer to. */
async function scholarshipIds(site: string): Promise<string[]> {
  const dir = path.join(site, "src/content/scholarships");
  const ids: string[] = [];
  for (const file of (await readdir(dir)).sort()) {
    if (!file.endsWith(".yaml")) continue;
    if (/^draft:\s*true\b/m.test(await readFile(path.join(dir, file), "utf8"))) continue;
    ids.push(file.slice(0, -".yaml".length));
  }
  return ids;
}

/** Removes what a build leaves behind, so that the next build of `dir` starts cold. */
async function removeCaches(dir: string): Promise<void> {
  for (const name of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"]) {
    await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

async function writeFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [file, contents] of files) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

async function main(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === "help") {
    console.log(USAGE);
    return 0;
  }
  if ("error" in parsed) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 1;
  }
  const options = parsed;
  // Progress goes to stderr, so that --json output on stdout stays clean.
  const log = (message: string) => console.error(message);

  const temp = await mkdtemp(path.join(os.tmpdir(), "phd-bench-"));
  // Ctrl-C stops the build too (same process group); remove the copies unless --keep.
  process.once("SIGINT", () => {
    if (!options.keep) rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  });
  const site = path.join(temp, "site");
  const floor = path.join(temp, "floor");
  try {
    log(`Copying the site into ${site}`);
    const copied = await revision();
    await copyProject(site);
    // The copy's own vacancy is removed, so that it holds exactly the N generated ones (the
    // same files the floor builds). Its programmes and scholarships stay.
    await rm(path.join(site, "src/content/vacancies"), { recursive: true, force: true });
    const generated = generateSite({
      count: options.entries,
      seed: options.seed,
      format: options.format,
      now: new Date(options.now),
      scholarshipIds: await scholarshipIds(site),
    });
    await writeFiles(site, generated.files);
    const vacancies = new Map(
      generated.vacancyFiles.map((file) => [file, generated.files.get(file) ?? ""]),
    );
    log(
      `Generated ${generated.stats.vacancies} vacancies and ${generated.stats.programs} programmes`,
    );

    const env = buildEnvironment({ SITE_NOW: options.now });
    const build = async (
      label: string,
      logName: string,
      dir: string,
      nodeArgs: string[] = [],
    ): Promise<BuildMeasurement> => {
      log(`Building ${label}…`);
      const measurement = await measureBuild(dir, {
        env,
        nodeArgs,
        verbose: options.verbose,
        logFile: path.join(temp, `${logName}.log`),
      });
      log(`  ${(measurement.wallMs / 1000).toFixed(1)} s`);
      return measurement;
    };

    if (options.floor) {
      await writeFloorSite(floor, vacancies);
      await linkNodeModules(floor);
    }
    if (options.cpuProfDir) await mkdir(options.cpuProfDir, { recursive: true });
    const runs: BenchResult["runs"] = { first: [], second: [], floor: [] };
    const loadBefore = os.loadavg()[0] ?? 0;
    for (let round = 1; round <= options.rounds; round++) {
      const suffix = options.rounds > 1 ? ` (round ${round} of ${options.rounds})` : "";
      const logSuffix = options.rounds > 1 ? `-${round}` : "";
      // Each round starts cold: no output and no caches from an earlier round.
      if (round > 1) await removeCaches(site);
      const profile = round === 1 && options.cpuProfDir;
      runs.first.push(
        await build(
          `our site, first build${suffix}`,
          `first${logSuffix}`,
          site,
          profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [],
        ),
      );
      // Same copy, nothing changed: node_modules/.astro (the content layer's data store) and
      // node_modules/.vite are as the first build left them.
      if (options.second) {
        runs.second.push(
          await build(`our site, second build${suffix}`, `second${logSuffix}`, site),
        );
      }
      if (options.floor) {
        if (round > 1) await removeCaches(floor);
        runs.floor.push(await build(`the framework floor${suffix}`, `floor${logSuffix}`, floor));
      }
    }

    const summary: BenchResult["summary"] = {};
    for (const kind of ["first", "second", "floor"] as const) {
      const built = summariseBuilds(runs[kind]);
      if (built) summary[kind] = built;
    }
    const cpus = os.cpus();
    const result: BenchResult = {
      date: new Date().toISOString(),
      entries: options.entries,
      seed: options.seed,
      format: options.format,
      siteNow: options.now,
      rounds: options.rounds,
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? "unknown",
        memoryBytes: os.totalmem(),
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        astro: await astroVersion(),
      },
      revision: copied,
      generated: generated.stats,
      summary,
      ratio: ratioToFloor(runs, (run) => run.wallMs),
      cpuRatio: ratioToFloor(runs, cpuSeconds),
      loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
      runs,
      cpuProfileDir: options.cpuProfDir,
      keptDir: options.keep ? temp : undefined,
    };
    console.log(options.json ? JSON.stringify(result, null, 2) : formatReport(result));
    return 0;
  } catch (error) {
    if (error instanceof BuildFailure) {
      console.error(`${error.message}\n\n${error.output.split("\n").slice(-60).join("\n")}`);
    } else {
      console.error(error);
    }
    if (!options.keep) console.error("Rerun with --keep to inspect the copy.");
    return 1;
  } finally {
    if (options.keep) log(`Kept ${temp}`);
    else await rm(temp, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
