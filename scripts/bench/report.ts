/** The benchmark's results, their summary over rounds, and the table `npm run bench` prints. */
import type { BuildMeasurement, Phases } from "./build.ts";
import type { GeneratedStats } from "./generate.ts";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  platform: string;
  node: string;
  astro: string;
}

/** The three builds of the benchmark. */
export type BuildKind = "first" | "second" | "floor";

export const BUILD_NAMES: Record<BuildKind, string> = {
  first: "our site, first build",
  second: "our site, second build",
  floor: "framework floor",
};

/** One kind of build over all rounds: medians, except where said. */
export interface BuildSummary {
  rounds: number;
  wallMs: { median: number; min: number };
  /** Wall time divided by the number of HTML files written. */
  msPerPage: number;
  /** User + system CPU seconds, when /usr/bin/time measured them. */
  cpuSeconds: { median: number; min: number } | undefined;
  /** The highest peak RSS of any round. */
  peakRssBytes: number | undefined;
  peakRssMethod: string;
  phases: Phases;
  htmlFiles: number;
  distBytes: number;
  distFiles: number;
  largestHtml: { file: string; bytes: number } | undefined;
}

/** Median over rounds of (our build / the floor build of the same round). */
export interface Ratio {
  first: number;
  second: number | undefined;
}

export interface BenchResult {
  /** When the benchmark finished (ISO 8601). */
  date: string;
  entries: number;
  seed: string;
  format: "mdx" | "md";
  siteNow: string;
  rounds: number;
  machine: Machine;
  /** The project's commit, and whether the copied files had uncommitted changes. */
  revision: { commit: string; uncommittedChanges: boolean } | undefined;
  generated: GeneratedStats;
  summary: Partial<Record<BuildKind, BuildSummary>>;
  /** Wall-time ratio to the framework floor. */
  ratio: Ratio | undefined;
  /** The same for CPU time (user + system), which other processes disturb less. */
  cpuRatio: Ratio | undefined;
  /** The machine's 1-minute load average before the first build and after the last. */
  loadAverage: { before: number; after: number };
  /** Every measurement, round by round. */
  runs: Record<BuildKind, BuildMeasurement[]>;
  /** Where the CPU profiles of the first round's first build went, when asked for. */
  cpuProfileDir: string | undefined;
  /** The temporary directory, when kept with --keep. */
  keptDir: string | undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** User + system CPU seconds of a build, when /usr/bin/time measured them. */
export function cpuSeconds(build: BuildMeasurement): number | undefined {
  return build.userSeconds === undefined || build.systemSeconds === undefined
    ? undefined
    : build.userSeconds + build.systemSeconds;
}

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

export function summariseBuilds(runs: readonly BuildMeasurement[]): BuildSummary | undefined {
  const [last] = runs.slice(-1);
  if (!last) return undefined;
  const walls = runs.map((run) => run.wallMs);
  const cpus = defined(runs.map(cpuSeconds));
  const rss = defined(runs.map((run) => run.peakRssBytes));
  const phases: Phases = {};
  for (const key of ["syncMs", "bundleMs", "renderMs", "imagesMs", "astroTotalMs"] as const) {
    const values = defined(runs.map((run) => run.phases[key]));
    if (values.length > 0) phases[key] = median(values);
  }
  return {
    rounds: runs.length,
    wallMs: { median: median(walls), min: Math.min(...walls) },
    msPerPage: median(walls) / Math.max(1, last.dist.htmlFiles),
    cpuSeconds:
      cpus.length === runs.length ? { median: median(cpus), min: Math.min(...cpus) } : undefined,
    peakRssBytes: rss.length > 0 ? Math.max(...rss) : undefined,
    peakRssMethod: last.peakRssMethod,
    phases,
    htmlFiles: last.dist.htmlFiles,
    distBytes: last.dist.bytes,
    distFiles: last.dist.files,
    largestHtml: last.dist.largestHtml,
  };
}

/** The median over rounds of our build's figure divided by the floor's in the same round. */
export function ratioToFloor(
  runs: BenchResult["runs"],
  figure: (build: BuildMeasurement) => number | undefined,
): Ratio | undefined {
  const paired = (kind: "first" | "second") =>
    defined(
      runs[kind].map((build, round) => {
        const floor = runs.floor[round];
        const ours = figure(build);
        const base = floor && figure(floor);
        return ours === undefined || !base ? undefined : ours / base;
      }),
    );
  const first = paired("first");
  if (first.length === 0) return undefined;
  const second = paired("second");
  return { first: median(first), second: second.length > 0 ? median(second) : undefined };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const bytes = (value: number) =>
  value >= 1024 ** 3
    ? `${(value / 1024 ** 3).toFixed(2)} GiB`
    : value >= 1024 ** 2
      ? `${(value / 1024 ** 2).toFixed(1)} MiB`
      : `${(value / 1024).toFixed(0)} KiB`;
const optional = <T>(value: T | undefined, format: (value: T) => string) =>
  value === undefined ? "–" : format(value);

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}

export function formatReport(result: BenchResult): string {
  const { generated, machine } = result;
  const builds = (Object.keys(BUILD_NAMES) as BuildKind[]).flatMap((kind) => {
    const summary = result.summary[kind];
    return summary ? [[BUILD_NAMES[kind], summary] as const] : [];
  });
  const several = result.rounds > 1;
  const main = table(
    [
      "build",
      several ? "wall (median)" : "wall",
      ...(several ? ["wall (min)"] : []),
      "HTML pages",
      "ms/page",
      "CPU user+sys",
      "peak RSS",
      "dist/",
      "dist files",
    ],
    builds.map(([name, build]) => [
      name,
      seconds(build.wallMs.median),
      ...(several ? [seconds(build.wallMs.min)] : []),
      String(build.htmlFiles),
      build.msPerPage.toFixed(1),
      optional(build.cpuSeconds, (cpu) => `${cpu.median.toFixed(1)} s`),
      optional(build.peakRssBytes, bytes),
      bytes(build.distBytes),
      String(build.distFiles),
    ]),
  );
  const phases = table(
    ["Astro's log", "sync+types", "bundle", "render routes", "images", "Astro total"],
    builds.map(([name, build]) => [
      name,
      optional(build.phases.syncMs, seconds),
      optional(build.phases.bundleMs, seconds),
      optional(build.phases.renderMs, seconds),
      optional(build.phases.imagesMs, seconds),
      optional(build.phases.astroTotalMs, seconds),
    ]),
  );
  const ratio = (name: string, value: Ratio | undefined) =>
    value &&
    `Ratio to the framework floor (${name}${several ? ", median of rounds" : ""}): first build ${value.first.toFixed(2)}×` +
      (value.second === undefined ? "" : `, second build ${value.second.toFixed(2)}×`);
  const first = result.summary.first;
  const lines = [
    `Build benchmark: ${result.entries} vacancies, ${generated.programs} generated programmes (${generated.programDeadlines} deadlines), ${result.format.toUpperCase()} entries, seed "${result.seed}", SITE_NOW=${result.siteNow}, ${result.rounds} round${several ? "s" : ""}`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${bytes(machine.memoryBytes)} RAM, ${machine.platform}, Node ${machine.node}, Astro ${machine.astro}; finished ${result.date}`,
    ...(result.revision
      ? [
          `Site: commit ${result.revision.commit.slice(0, 10)}${result.revision.uncommittedChanges ? " with uncommitted changes" : ""}`,
        ]
      : []),
    `Vacancies at SITE_NOW: ${generated.status.open} open, ${generated.status["closing-soon"]} closing soon, ${generated.status.closed} closed; ${generated.ownCloses} with their own closing date, ${generated.openUntilFilled} open until filled; ${bytes(generated.vacancyBytes)} of ${result.format === "md" ? "Markdown" : "MDX"}`,
    "",
    main,
    "",
    phases,
    "",
    ...defined([ratio("wall time", result.ratio), ratio("CPU time", result.cpuRatio)]),
  ];
  if (first?.largestHtml) {
    lines.push(
      `Largest HTML file of our site: ${first.largestHtml.file} (${bytes(first.largestHtml.bytes)})`,
    );
  }
  if (first) {
    lines.push(
      `Peak RSS: ${first.peakRssMethod}. Load average (1 min): ${result.loadAverage.before.toFixed(2)} before, ${result.loadAverage.after.toFixed(2)} after.`,
    );
  }
  if (result.cpuProfileDir) {
    lines.push(
      `CPU profiles of the first build (its times include the profiler's overhead): ${result.cpuProfileDir}`,
    );
  }
  if (result.keptDir) lines.push(`Kept the copies and build logs in ${result.keptDir}`);
  return lines.join("\n");
}
