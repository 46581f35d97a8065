/**
 * `npm run bench:cards -- --cards N`: draws N vacancies' social cards in isolation, outside any
 * build, and prints what one card costs: its layout (satori), the whole card (layout, painting
 * with resvg and the PNG), and reading it back from the cache. See docs/benchmarks.md.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Faker, base, en } from "@faker-js/faker";
import { runnerImport } from "vite";

const ROOT = path.resolve(import.meta.dirname, "../..");
const USAGE = `Usage: npm run bench:cards -- [--cards <N>] [--seed <n>]

  --cards <N>   cards to draw (default 100)
  --seed <n>    seed of the generator (default 1)`;

const { module: cards } = await runnerImport<
  typeof import("../../src/lib/publishing/social-card.ts")
>(path.join(ROOT, "src/lib/publishing/social-card.ts"), { configFile: false, logLevel: "silent" });

interface Cost {
  wallMs: number;
  cpuMs: number;
}

/** Wall and CPU time of `run`, CPU being this process's user and system time. */
async function measure(run: () => Promise<unknown>): Promise<Cost> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cards: { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const count = Number(values.cards);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new Error(`--cards and --seed need whole numbers.\n\n${USAGE}`);
  }

  // Text like the benchmark's generated vacancies (tools/helpers/generated-vacancies.ts).
  const faker = new Faker({ locale: [en, base], seed });
  const facts = Array.from({ length: count }, () => {
    const city = faker.location.city();
    return cards.vacancyCardFacts({
      title: `PhD in ${faker.company.catchPhrase().toLowerCase()}`,
      groupName: "Medical Image Analysis Group",
      status: faker.helpers.arrayElement(["open", "closing-soon"] as const),
      closes: {
        instant: faker.date.soon({ days: 500 }).toISOString(),
        timeZone: faker.location.timeZone(),
      },
      location: {
        name: `Department of ${faker.commerce.department()}, University of ${city}`,
        locality: city,
      },
    });
  });

  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "cards-bench-"));
  try {
    // The first card also reads the fonts and starts satori's layout engine, once per build.
    const first = await measure(() => cards.socialCardPng(facts[0]!, { cacheDir }));
    const rest = facts.slice(1);
    const layout: Cost[] = [];
    for (const card of rest) layout.push(await measure(() => cards.cardSvg(card)));
    const drawn: Cost[] = [];
    let bytes = 0;
    for (const card of rest) {
      drawn.push(
        await measure(async () => {
          bytes += (await cards.socialCardPng(card, { cacheDir })).length;
        }),
      );
    }
    const cached: Cost[] = [];
    for (const card of rest)
      cached.push(await measure(() => cards.socialCardPng(card, { cacheDir })));

    const row = (name: string, costs: Cost[]) =>
      `| ${name} | ${median(costs.map((c) => c.wallMs)).toFixed(1)} ms | ${median(costs.map((c) => c.cpuMs)).toFixed(1)} ms | ${(costs.reduce((sum, c) => sum + c.cpuMs, 0) / costs.length).toFixed(1)} ms |`;
    console.log(
      [
        `${count} social cards (seed ${seed}); ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; load average ${os.loadavg()[0]!.toFixed(1)}; finished ${new Date().toISOString()}`,
        "",
        `First card, with reading the fonts and starting the layout engine: ${first.wallMs.toFixed(0)} ms wall, ${first.cpuMs.toFixed(0)} ms CPU.`,
        `Each further card, over ${rest.length}:`,
        "",
        "| step | median wall | median CPU | mean CPU |",
        "| --- | --: | --: | --: |",
        row("layout only (satori)", layout),
        row("whole card, drawn (satori, resvg, PNG, cache write)", drawn),
        row("whole card, from the cache", cached),
        "",
        `Mean PNG size: ${(bytes / rest.length / 1024).toFixed(1)} KiB.`,
      ].join("\n"),
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
