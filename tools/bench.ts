/**
 * `npm run bench -- --entries N [--format md|mdx]`: builds a temporary copy of the site with N
 * generated vacancies, then a minimal Astro site with the same files (the framework floor), and
 * prints each build's wall time, CPU time and peak memory. See docs/benchmarks.md.
 */
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { generateSite } from "./helpers/generated-vacancies.ts";
import { ROOT, buildEnvironment, copyProject, linkNodeModules } from "./helpers/site-copy.ts";
import { writeFloorSite } from "./bench/floor.ts";

const USAGE = `Usage: npm run bench -- --entries <N> [options]

  --entries <N>         vacancies to generate (default 100)
  --format <mdx|md>     write them as MDX (default) or plain Markdown
  --seed <n>            seed of the generator (default 1); same seed and N, same files
  --now <instant>       SITE_NOW for the builds (default 2025-11-25T10:00:00Z)
  --no-floor            skip the framework floor
  --rebuild             after our site's build, edit one vacancy and build again, keeping Astro's
                        content store and the card cache: the warm rebuild
  --cpu-prof-dir <dir>  write a CPU profile of our site's build into <dir>, for speedscope
  --keep                keep the copies and the builds' logs, and print where they are`;

/**
 * Loaded into the build with --import: when the build's main thread exits, it writes the whole
 * process's resource usage (CPU time of every thread, peak resident memory) to a file.
 */
const REPORT_USAGE = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
if (isMainThread) process.on("exit", () =>
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));`,
)}`;

interface Measurement {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  htmlPages: number;
  distBytes: number;
  /** What the search integration reported: pages indexed and seconds taken; none without it. */
  searchIndex: { pages: number; seconds: number } | undefined;
}

/** Runs `astro build` in `dir` with this script's Node and measures it. */
async function measureBuild(
  dir: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[],
): Promise<Measurement> {
  const usageFile = path.join(dir, "usage.json");
  const logFile = path.join(dir, "build.log");
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", REPORT_USAGE, ...nodeArgs, "node_modules/astro/bin/astro.mjs", "build"],
    { cwd: dir, env: { ...env, BENCH_USAGE_FILE: usageFile }, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve, reject) =>
    child.on("error", reject).on("close", resolve),
  );
  const wallMs = performance.now() - started;
  if (code !== 0) {
    const output = (await readFile(logFile, "utf8")).split("\n").slice(-40).join("\n");
    throw new Error(`astro build in ${dir} failed:\n${output}`);
  }
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as NodeJS.ResourceUsage;

  let htmlPages = 0;
  let distBytes = 0;
  const dist = path.join(dir, "dist");
  for (const file of await readdir(dist, { recursive: true })) {
    const info = await stat(path.join(dist, file));
    if (!info.isFile()) continue;
    distBytes += info.size;
    if (file.endsWith(".html")) htmlPages++;
  }
  const indexed = /\[search-index\] Indexed (\d+) page\(s\) for search in ([\d.]+) s/.exec(
    await readFile(logFile, "utf8"),
  );
  return {
    searchIndex: indexed ? { pages: Number(indexed[1]), seconds: Number(indexed[2]) } : undefined,
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssBytes: usage.maxRSS * 1024,
    htmlPages,
    distBytes,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** How many social cards the copy's card cache holds. */
async function cardCount(site: string): Promise<number> {
  const cache = path.join(site, "node_modules/.cache/vacancy-cards");
  return (await readdir(cache, { recursive: true }).catch(() => [])).filter((file) =>
    file.endsWith(".png"),
  ).length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entries: { type: "string", default: "100" },
      format: { type: "string", default: "mdx" },
      seed: { type: "string", default: "1" },
      now: { type: "string", default: "2025-11-25T10:00:00Z" },
      "no-floor": { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      "cpu-prof-dir": { type: "string" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const entries = Number(values.entries);
  const seed = Number(values.seed);
  const { format, now } = values;
  if (values.help) return console.log(USAGE);
  if (!Number.isInteger(entries) || entries < 1 || !Number.isInteger(seed)) {
    throw new Error(`--entries and --seed need whole numbers.\n\n${USAGE}`);
  }
  if (format !== "mdx" && format !== "md") throw new Error(`--format needs mdx or md.\n\n${USAGE}`);
  if (Number.isNaN(Date.parse(now))) throw new Error(`--now needs an instant, not ${now}.`);

  const temp = await mkdtemp(path.join(os.tmpdir(), "phd-bench-"));
  try {
    const site = path.join(temp, "site");
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT });
    await copyProject(site);
    // The copy keeps its programmes and scholarships, and holds exactly the generated vacancies.
    await rm(path.join(site, "src/content/vacancies"), { recursive: true });
    const scholarshipIds = (await readdir(path.join(site, "src/content/scholarships")))
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => file.slice(0, -".yaml".length));
    const generated = generateSite({
      count: entries,
      seed,
      format,
      now: new Date(now),
      scholarshipIds,
    });
    for (const [file, contents] of generated.files) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), contents);
    }

    const env = buildEnvironment({ SITE_NOW: now });
    const profile = values["cpu-prof-dir"];
    const profileArgs = profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`] : [];
    const loadBefore = os.loadavg()[0]!;
    console.error(`Building our site with ${entries} ${format} vacancies…`);
    const builds: [string, Measurement][] = [
      ["our site", await measureBuild(site, env, profileArgs)],
    ];
    const cardsDrawn: number[] = [await cardCount(site)];
    if (values.rebuild) {
      // One maintainer's edit: an open vacancy's title and summary, as the editor or a commit
      // makes it. Its card shows the title, so one card is drawn again.
      const [edited] = generated.openFiles;
      const file = path.join(site, edited!);
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text
          .replace(
            /^title: (.*)$/m,
            (_, title: string) => `title: ${title.replace(/"?$/, " (updated)$&")}`,
          )
          .replace(
            /^summary: (.*)$/m,
            (_, summary: string) => `summary: ${summary.replace(/"?$/, " Updated.$&")}`,
          ),
      );
      console.error(`Rebuilding our site after editing ${edited}…`);
      builds.push([
        "our site, rebuilt after editing one vacancy",
        await measureBuild(site, env, []),
      ]);
      cardsDrawn.push((await cardCount(site)) - cardsDrawn[0]!);
    }
    if (!values["no-floor"]) {
      const floor = path.join(temp, "floor");
      const vacancies = generated.vacancyFiles.map((file) => [file, generated.files.get(file)!]);
      await writeFloorSite(floor, new Map(vacancies as [string, string][]));
      await linkNodeModules(floor);
      console.error("Building the framework floor…");
      builds.push(["framework floor", await measureBuild(floor, env, [])]);
    }

    const ours = builds[0]?.[1];
    const floor = builds.find(([name]) => name === "framework floor")?.[1];
    console.log(
      [
        `${entries} ${format} vacancies (seed ${seed}, ${generated.programs} programmes, ${generated.closed} closed at ${now}); commit ${String(commit).trim()}`,
        `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}; finished ${new Date().toISOString()}`,
        "",
        "| build | wall | CPU | peak RSS | HTML pages | ms/page | dist/ |",
        "| --- | --: | --: | --: | --: | --: | --: |",
        ...builds.map(
          ([name, m]) =>
            `| ${name} | ${seconds(m.wallMs)} | ${seconds(m.cpuMs)} | ${mebibytes(m.peakRssBytes)} | ${m.htmlPages} | ${(m.wallMs / m.htmlPages).toFixed(1)} | ${mebibytes(m.distBytes)} |`,
        ),
        ...(ours?.searchIndex
          ? [
              "",
              `Search index (part of our site's build): ${ours.searchIndex.pages} pages in ${ours.searchIndex.seconds.toFixed(1)} s wall`,
            ]
          : []),
        ...(values.rebuild
          ? [
              "",
              `Social cards drawn: ${cardsDrawn[0]} in the first build, ${cardsDrawn[1]} in the rebuild (the rest read from the cache).`,
            ]
          : []),
        ...(ours && floor
          ? [
              "",
              `Ratio to the floor: wall ${(ours.wallMs / floor.wallMs).toFixed(2)}×, CPU ${(ours.cpuMs / floor.cpuMs).toFixed(2)}×`,
            ]
          : []),
      ].join("\n"),
    );
  } finally {
    if (values.keep) console.error(`Kept ${temp}`);
    else await rm(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  // A usage mistake or a failed build: its message says what happened, a stack trace would not.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
