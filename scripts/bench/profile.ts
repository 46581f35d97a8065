/**
 * `node scripts/bench/profile.ts <file.cpuprofile | dir> [--top N] [--match REGEX]
 * [--timeline SECONDS] [--json]`:
 * reads the V8 CPU profiles that `npm run bench -- --cpu-prof-dir <dir>` writes and prints where
 * the build spent its time: self time by area (package, Node, the site's bundle), the functions
 * with the most self time, and the inclusive time of functions whose name matches --match.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  key: string;
  /** Milliseconds the function itself was on top of the stack. */
  selfMs: number;
  /** Milliseconds it was anywhere on the stack (synchronous callers only). */
  totalMs: number;
}

export interface ProfileSummary {
  file: string;
  durationMs: number;
  samples: number;
  areas: Row[];
  files: Row[];
  functions: Row[];
  matched: Row[];
  /** Self time by area in consecutive slices of the profile, when --timeline is given. */
  timeline: { startS: number; areas: Row[] }[];
}

const SPECIAL = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);

/** Where a frame's code comes from: a package, Node itself, the site's bundle, or V8. */
export function area(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === "") return SPECIAL.has(functionName) ? functionName : "(native/builtin)";
  if (url.startsWith("node:")) return "node: internals";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) {
    const rest = url.slice(modules + "/node_modules/".length).split("/");
    const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? "");
    // A copy's caches (node_modules/.astro, .vite) hold code generated from the project.
    return name.startsWith(".") ? `site cache: ${name}` : `pkg: ${name}`;
  }
  if (/\/\.prerender\/|\/dist\/(chunks|pages)\//.test(url) || url.includes("/.astro/")) {
    return "site bundle (.prerender: project code, Astro runtime, MDX)";
  }
  if (url.includes("/src/")) return "project src";
  return `other: ${path.basename(url)}`;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) return url.slice(modules + "/node_modules/".length);
  const prerender = url.indexOf("/.prerender/");
  if (prerender !== -1) return url.slice(prerender + 1);
  const dist = url.indexOf("/dist/");
  if (dist !== -1) return url.slice(dist + 1);
  return url.replace(/^file:\/\/\/tmp\/[^/]+\/[^/]+\//, "");
}

function functionKey(frame: CallFrame): string {
  if (frame.url === "") return frame.functionName || "(anonymous)";
  return `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
}

function rows(self: Map<string, number>, total: Map<string, number>): Row[] {
  const keys = new Set([...self.keys(), ...total.keys()]);
  return [...keys]
    .map((key) => ({
      key,
      selfMs: (self.get(key) ?? 0) / 1000,
      totalMs: (total.get(key) ?? 0) / 1000,
    }))
    .sort((a, b) => b.selfMs - a.selfMs || b.totalMs - a.totalMs);
}

export function summarise(
  file: string,
  profile: CpuProfile,
  match: RegExp | undefined,
  sliceSeconds?: number,
) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const views = {
    area: (frame: CallFrame) => area(frame),
    file: (frame: CallFrame) => (frame.url === "" ? area(frame) : shortUrl(frame.url)),
    function: functionKey,
  };
  type View = keyof typeof views;
  const self = { area: new Map(), file: new Map(), function: new Map() } as Record<
    View,
    Map<string, number>
  >;
  const total = { area: new Map(), file: new Map(), function: new Map() } as Record<
    View,
    Map<string, number>
  >;
  const matchedTotal = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, (map.get(key) ?? 0) + value);

  const slices = new Map<number, Map<string, number>>();
  let elapsed = 0;
  // Each sample's time is the delta that follows it, as Chrome's DevTools counts it.
  profile.samples.forEach((id, index) => {
    elapsed += profile.timeDeltas[index] ?? 0;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    if (sliceSeconds) {
      const slice = Math.floor(elapsed / 1e6 / sliceSeconds);
      const areas = slices.get(slice) ?? new Map<string, number>();
      add(areas, area(node.callFrame), delta);
      slices.set(slice, areas);
    }
    for (const view of Object.keys(views) as View[]) {
      add(self[view], views[view](node.callFrame), delta);
      // Inclusive time: every distinct key on the stack, once per sample.
      const seen = new Set<string>();
      for (let current: number | undefined = id; current !== undefined;) {
        const frame = byId.get(current)?.callFrame;
        if (frame) {
          const key = views[view](frame);
          if (!seen.has(key)) {
            seen.add(key);
            add(total[view], key, delta);
            if (view === "function" && match?.test(frame.functionName)) {
              add(matchedTotal, key, delta);
            }
          }
        }
        current = parent.get(current);
      }
    }
  });

  const functions = rows(self.function, total.function);
  return {
    file,
    durationMs: (profile.endTime - profile.startTime) / 1000,
    samples: profile.samples.length,
    areas: rows(self.area, total.area),
    files: rows(self.file, total.file),
    functions,
    matched: [...matchedTotal]
      .map(([key, totalUs]) => ({
        key,
        selfMs: (self.function.get(key) ?? 0) / 1000,
        totalMs: totalUs / 1000,
      }))
      .sort((a, b) => b.totalMs - a.totalMs),
    timeline: [...slices]
      .sort(([a], [b]) => a - b)
      .map(([slice, areas]) => ({
        startS: slice * (sliceSeconds ?? 0),
        areas: rows(areas, new Map()),
      })),
  } satisfies ProfileSummary;
}

function format(summary: ProfileSummary, top: number): string {
  const ms = (value: number) => value.toFixed(0).padStart(8);
  const pct = (value: number) =>
    `${((100 * value) / summary.durationMs).toFixed(1).padStart(5)}%`.padStart(7);
  const section = (title: string, list: readonly Row[], limit: number) => [
    "",
    title,
    `${"self ms".padStart(8)} ${"self".padStart(7)} ${"total ms".padStart(8)}  name`,
    ...list
      .slice(0, limit)
      .map((row) => `${ms(row.selfMs)} ${pct(row.selfMs)} ${ms(row.totalMs)}  ${row.key}`),
  ];
  return [
    `${summary.file}: ${(summary.durationMs / 1000).toFixed(1)} s profiled, ${summary.samples} samples`,
    ...section("By area (self time)", summary.areas, 40),
    ...section(`Top ${top} files by self time`, summary.files, top),
    ...section(`Top ${top} functions by self time`, summary.functions, top),
    ...(summary.matched.length
      ? section("Functions matching --match, by inclusive time", summary.matched, top)
      : []),
    ...(summary.timeline.length ? ["", "Timeline: self time by area (top 5) in each slice"] : []),
    ...summary.timeline.map(
      ({ startS, areas }) =>
        `${String(startS).padStart(5)} s  ${areas
          .slice(0, 5)
          .map((row) => `${row.key} ${(row.selfMs / 1000).toFixed(1)}`)
          .join(" | ")}`,
    ),
  ].join("\n");
}

async function profileFiles(target: string): Promise<string[]> {
  if ((await stat(target)).isFile()) return [target];
  return (await readdir(target))
    .filter((name) => name.endsWith(".cpuprofile"))
    .sort()
    .map((name) => path.join(target, name));
}

async function main(args: readonly string[]): Promise<number> {
  let top = 40;
  let match: RegExp | undefined;
  let json = false;
  let timeline: number | undefined;
  const targets: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--top") top = Number(args[++index] ?? 40);
    else if (arg === "--match") match = new RegExp(args[++index] ?? "");
    else if (arg === "--json") json = true;
    else if (arg === "--timeline") timeline = Number(args[++index] ?? 5);
    else targets.push(arg);
  }
  if (targets.length === 0) {
    console.error(
      "Usage: node scripts/bench/profile.ts <file.cpuprofile | dir> [--top N] [--match REGEX] [--timeline SECONDS] [--json]",
    );
    return 1;
  }
  const summaries: ProfileSummary[] = [];
  for (const target of targets) {
    for (const file of await profileFiles(target)) {
      const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
      summaries.push(summarise(file, profile, match, timeline));
    }
  }
  if (json) {
    console.log(JSON.stringify(summaries, null, 2));
  } else {
    console.log(summaries.map((summary) => format(summary, top)).join("\n\n"));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
