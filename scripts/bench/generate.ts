/**
 * Generates a department's worth of entries: `count` vacancies (MDX) and a pool of programmes
 * (YAML, about one per 20 vacancies, at least 3), written so that they pass the site's schemas.
 * The same seed, count and `now` always give the same files.
 */
import { CLOSING_SOON_DAYS } from "../../src/consts.ts";
import { closingDeadline } from "../../src/lib/closing.ts";
import { deadlineStatus, type DeadlineStatus } from "../../src/lib/deadline-status.ts";
import { resolveDeadline } from "../../src/lib/deadlines.ts";
import { createRandom, type Random } from "./random.ts";
import {
  ADJECTIVES,
  APPLICATIONS,
  AREAS,
  BODY_HEADINGS,
  BODY_LIST_ITEMS,
  BODY_SENTENCES,
  CLOSING_LINES,
  DEADLINE_LABELS,
  DESIRABLE_REQUIREMENTS,
  EDUCATION,
  ELIGIBILITY,
  ESSENTIAL_REQUIREMENTS,
  EXPECTATIONS,
  FUNDING_ADVICE,
  METHODS,
  NOTICES,
  PLACES,
  PROGRAM_PATTERNS,
  SUMMARY_PATTERNS,
  TITLE_PATTERNS,
  type Place,
} from "./vocabulary.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Vacancies are posted over the ten years before `now`. */
const POSTING_SPAN_DAYS = Math.round(10 * 365.25);
/** Programme deadlines run from ten years before `now` to eighteen months after it. */
const DEADLINE_FUTURE_DAYS = 548;
/** A vacancy advertises programmes with a deadline within this many days after it is posted. */
const ADVERTISING_WINDOW_DAYS = 400;
/** Research topics: every method applied to every application. */
const TOPICS = METHODS.flatMap((method) =>
  APPLICATIONS.map((application) => `${method} for ${application}`),
);

export interface GenerateOptions {
  /** How many vacancies to write. */
  count: number;
  seed: string;
  /** File format of the vacancies: MDX (the default) or plain Markdown. */
  format?: "mdx" | "md";
  /** The instant the build treats as now (`SITE_NOW`); posting dates end there. */
  now: Date;
  /** Ids of the scholarships the copy already has; vacancies refer to them. */
  scholarshipIds: readonly string[];
}

export interface GeneratedStats {
  vacancies: number;
  programs: number;
  programDeadlines: number;
  /** Vacancies with a `closes` deadline of their own. */
  ownCloses: number;
  /** Vacancies with neither programmes nor `closes`: "open until filled". */
  openUntilFilled: number;
  /** Status of the vacancies at `now`, computed as the site's catalog does. */
  status: Record<DeadlineStatus, number>;
  /** Bytes of vacancy files written. */
  vacancyBytes: number;
}

export interface GeneratedSite {
  /** File contents by path relative to the project root. */
  files: Map<string, string>;
  /** Paths (relative to the project root) of the vacancy MDX files. */
  vacancyFiles: string[];
  stats: GeneratedStats;
}

interface GeneratedDeadline {
  label?: string;
  localDateTime: string;
  timeZone: string;
  /** UTC instant, resolved with the site's own `resolveDeadline`. */
  instant: string;
}

interface GeneratedProgram {
  id: string;
  /** Epoch days of its deadlines, ascending. */
  deadlineDays: number[];
  deadlines: GeneratedDeadline[];
}

export function generateSite(options: GenerateOptions): GeneratedSite {
  const random = createRandom(`${options.seed}:${options.count}`);
  const nowDay = Math.floor(options.now.getTime() / DAY_MS);
  const files = new Map<string, string>();

  const programCount = Math.max(3, Math.round(options.count / 20));
  const programs: GeneratedProgram[] = [];
  for (let index = 0; index < programCount; index++) {
    const program = generateProgram(random, index, programCount, nowDay);
    programs.push(program.program);
    files.set(`src/content/programs/${program.program.id}.yaml`, program.yaml);
  }

  const stats: GeneratedStats = {
    vacancies: options.count,
    programs: programCount,
    programDeadlines: programs.reduce((sum, program) => sum + program.deadlines.length, 0),
    ownCloses: 0,
    openUntilFilled: 0,
    status: { open: 0, "closing-soon": 0, closed: 0 },
    vacancyBytes: 0,
  };
  const vacancyFiles: string[] = [];
  const width = String(options.count).length;
  for (let index = 0; index < options.count; index++) {
    const vacancy = generateVacancy(random, {
      index,
      width,
      nowDay,
      programs,
      scholarshipIds: options.scholarshipIds,
    });
    const file = `src/content/vacancies/${vacancy.id}.${options.format ?? "mdx"}`;
    files.set(file, vacancy.mdx);
    vacancyFiles.push(file);
    stats.vacancyBytes += Buffer.byteLength(vacancy.mdx);
    if (vacancy.ownCloses) stats.ownCloses++;
    if (!vacancy.closes) stats.openUntilFilled++;
    const status = vacancy.closes
      ? deadlineStatus(Date.parse(vacancy.closes), options.now.getTime(), CLOSING_SOON_DAYS)
      : "open";
    stats.status[status]++;
  }
  return { files, vacancyFiles, stats };
}

function generateProgram(
  random: Random,
  index: number,
  count: number,
  nowDay: number,
): { program: GeneratedProgram; yaml: string } {
  const place = random.pick(PLACES);
  const area = random.pick(AREAS);
  const pattern = random.pick(PROGRAM_PATTERNS);
  const id = `programme-${String(index + 1).padStart(4, "0")}-${slugify(area)}`;
  // Deadlines are spread evenly (one stratum per programme) from ten years ago to eighteen months
  // ahead; the last programme always recruits now, as a department's current programmes do.
  const span = POSTING_SPAN_DAYS + DEADLINE_FUTURE_DAYS;
  const first =
    index === count - 1
      ? random.int(nowDay + 14, nowDay + DEADLINE_FUTURE_DAYS)
      : nowDay - POSTING_SPAN_DAYS + Math.floor(((index + random.next()) / count) * span);
  const days = random.chance(0.5) ? [first] : [first, first + random.int(30, 120)];
  const deadlines = days.map((day, position) =>
    makeDeadline(
      isoDay(day),
      "12:00",
      // Most programmes read deadlines in their own zone; some in another, as consortia do.
      random.chance(0.8) ? place.timeZone : random.pick(PLACES).timeZone,
      random.chance(0.6) ? (position === 0 ? random.pick(DEADLINE_LABELS) : "final deadline") : "",
    ),
  );
  const lines = [
    `name: ${quote(pattern.name(area, place.institution))}`,
    `url: ${quote(`https://www.${place.domain}/study/${slugify(area)}-${index + 1}`)}`,
    `kind: ${pattern.kind}`,
    `provider: ${quote(`${place.institution}, ${place.department}`)}`,
    `description: ${quote(
      random.chance(0.5)
        ? `A doctoral programme in ${area} run by the ${place.department}. See the [programme page](https://www.${place.domain}/study) for entry requirements.`
        : `Doctoral training in ${area}, with a first year of taught courses and rotations at ${place.institution}.`,
    )}`,
    "deadlines:",
    ...deadlines.flatMap((deadline) => deadlineYaml(deadline, "  - ")),
  ];
  return {
    program: { id, deadlineDays: days, deadlines },
    yaml: `${lines.join("\n")}\n`,
  };
}

interface VacancyContext {
  index: number;
  width: number;
  nowDay: number;
  programs: readonly GeneratedProgram[];
  scholarshipIds: readonly string[];
}

function generateVacancy(
  random: Random,
  { index, width, nowDay, programs, scholarshipIds }: VacancyContext,
): { id: string; mdx: string; ownCloses: boolean; closes: string | undefined } {
  const place = random.pick(PLACES);
  const area = random.pick(AREAS);
  const postedDay = nowDay - random.int(0, POSTING_SPAN_DAYS);
  const id = `phd-${slugify(area)}-${String(index + 1).padStart(width, "0")}`;
  const title = random.pick(TITLE_PATTERNS)(area, place.institution);
  const summary = random.pick(SUMMARY_PATTERNS)(
    random.pick(ADJECTIVES),
    area,
    place.department,
    place.institution,
  );

  // A few recent adverts stand alone ("open until filled"); the rest advertise programmes whose
  // deadlines fall soon after the advert was posted, and some close on a date of their own.
  const standalone = nowDay - postedDay < 540 && random.chance(0.05);
  const linked = standalone ? [] : choosePrograms(random, programs, postedDay);
  const own =
    !standalone && random.chance(0.2)
      ? makeDeadline(
          isoDay(postedDay + random.int(30, 150)),
          random.pick(["12:00", "17:00"]),
          place.timeZone,
          random.chance(0.5) ? "applications close" : "",
        )
      : undefined;
  const closes = closingDeadline(
    own,
    linked.flatMap((program) => program.deadlines),
  )?.instant;

  const topics = random.sample(TOPICS, random.int(1, 6));
  const lines = [
    `title: ${quote(title)}`,
    `summary: ${quote(summary)}`,
    `datePosted: ${isoDay(postedDay)}`,
    ...(own ? ["closes:", ...deadlineYaml(own, "  ")] : []),
    "location:",
    `  name: ${quote(`${place.department}, ${place.institution}`)}`,
    `  locality: ${quote(place.locality)}`,
    `  country: ${place.country}`,
    `contactEmail: ${quote(`phd-${slugify(area).slice(0, 20)}@${place.domain}`)}`,
    ...(random.chance(0.1) ? ["employmentType: PART_TIME"] : []),
    ...(random.chance(0.6) ? [`educationRequirements: ${quote(random.pick(EDUCATION))}`] : []),
    ...(random.chance(0.4) ? [`eligibility: ${quote(random.pick(ELIGIBILITY))}`] : []),
    ...(random.chance(0.3) ? [`directApply: ${standalone ? "true" : "false"}`] : []),
    ...(random.chance(0.25) ? [`notice: ${quote(random.pick(NOTICES))}`] : []),
    `expectations: ${quote(random.pick(EXPECTATIONS))}`,
    "essentialRequirements:",
    ...random.sample(ESSENTIAL_REQUIREMENTS, random.int(1, 5)).map((item) => `  - ${quote(item)}`),
    ...listYaml(
      "desirableRequirements",
      random.sample(DESIRABLE_REQUIREMENTS, random.chance(0.5) ? random.int(1, 3) : 0),
    ),
    "topics:",
    ...topics.map((topic) => `  - ${quote(topic)}`),
    ...listYaml(
      "programs",
      linked.map((program) => program.id),
    ),
    ...listYaml(
      "scholarships",
      random.chance(0.1) ? [] : random.sample(scholarshipIds, random.int(1, scholarshipIds.length)),
    ),
    ...(random.chance(0.4) ? [`fundingAdvice: ${quote(random.pick(FUNDING_ADVICE))}`] : []),
  ];
  const mdx = `---\n${lines.join("\n")}\n---\n\n${body(random, place)}`;
  return { id, mdx, ownCloses: own !== undefined, closes };
}

/** One to three programmes with a deadline soon after `postedDay`, else the nearest one. */
function choosePrograms(
  random: Random,
  programs: readonly GeneratedProgram[],
  postedDay: number,
): GeneratedProgram[] {
  const ranked = programs
    .map((program) => ({
      program,
      wait: (program.deadlineDays.find((day) => day > postedDay) ?? Infinity) - postedDay,
    }))
    .sort((a, b) => a.wait - b.wait);
  const inWindow = ranked.filter(({ wait }) => wait <= ADVERTISING_WINDOW_DAYS);
  const wanted = random.int(1, 3);
  if (inWindow.length > 0) {
    return random.sample(inWindow, wanted).map(({ program }) => program);
  }
  const nearest = ranked[0];
  return nearest && nearest.wait !== Infinity ? [nearest.program] : [random.pick(programs)];
}

function body(random: Random, place: Place): string {
  const blocks: string[] = [];
  const paragraphs = random.int(1, 4);
  for (let index = 0; index < paragraphs; index++) {
    if (index > 0 && random.chance(0.3)) blocks.push(`## ${random.pick(BODY_HEADINGS)}`);
    let paragraph = random.sample(BODY_SENTENCES, random.int(1, 3)).join(" ");
    if (random.chance(0.3)) {
      paragraph += ` Read more on the [group's website](https://www.${place.domain}/research/imaging).`;
    }
    if (random.chance(0.2)) paragraph = `**${place.department}.** ${paragraph}`;
    blocks.push(paragraph);
    if (random.chance(0.25)) {
      blocks.push(
        [
          "In this project you will:",
          "",
          ...random.sample(BODY_LIST_ITEMS, random.int(2, 4)).map((item) => `- ${item}`),
        ].join("\n"),
      );
    }
  }
  blocks.push(random.pick(CLOSING_LINES));
  return `${blocks.join("\n\n")}\n`;
}

function makeDeadline(
  date: string,
  time: string,
  timeZone: string,
  label: string,
): GeneratedDeadline {
  const localDateTime = `${date}T${time}`;
  const resolved = resolveDeadline({ localDateTime, timeZone });
  // Noon and 17:00 are never skipped or repeated by a daylight-saving change in these zones;
  // this guards the generator against a zone added later that breaks that.
  if ("problem" in resolved) {
    throw new Error(`generated an invalid deadline: ${resolved.problem.message}`);
  }
  return { ...(label ? { label } : {}), localDateTime, timeZone, instant: resolved.instant };
}

function deadlineYaml(deadline: GeneratedDeadline, firstIndent: string): string[] {
  const indent = " ".repeat(firstIndent.length);
  const fields = [
    ...(deadline.label ? [`label: ${quote(deadline.label)}`] : []),
    `localDateTime: ${quote(deadline.localDateTime)}`,
    `timeZone: ${deadline.timeZone}`,
  ];
  return fields.map((field, index) => `${index === 0 ? firstIndent : indent}${field}`);
}

function listYaml(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${key}:`, ...items.map((item) => `  - ${quote(item)}`)];
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
