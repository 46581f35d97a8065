/**
 * A department's worth of generated entries, for the benchmark and the tests of a large site:
 * `count` vacancies and about one programme per 20 of them, written so that they pass the site's
 * schemas. Text comes from Faker; the same seed, count and `now` always give the same files.
 * It reckons which vacancies are closed on its own, without the site's code, so that the tests
 * can hold the site's pages against it.
 */
import { Faker, base, en } from "@faker-js/faker";
import { Temporal } from "temporal-polyfill";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Vacancies are posted over the ten years before `now`. */
const POSTING_SPAN_DAYS = 3653;
/** Programme deadlines run from ten years before `now` to eighteen months after it. */
const DEADLINE_FUTURE_DAYS = 548;
/** A vacancy advertises programmes with a deadline within this many days after it is posted. */
const ADVERTISING_WINDOW_DAYS = 400;

export interface GenerateOptions {
  count: number;
  seed: number;
  format?: "mdx" | "md";
  /** The instant the build treats as now (`SITE_NOW`); posting dates end there. */
  now: Date;
  /** Ids of the scholarships the copy already has; vacancies refer to them. */
  scholarshipIds: readonly string[];
}

export interface GeneratedSite {
  /** File contents by path relative to the project root. */
  files: Map<string, string>;
  /** Paths of the vacancy files, relative to the project root. */
  vacancyFiles: string[];
  programs: number;
  /** How many vacancies have closed by `now`: those whose closing deadline has passed. */
  closed: number;
  /** The files of the vacancies still open at `now`. */
  openFiles: string[];
}

interface Deadline {
  localDateTime: string;
  timeZone: string;
  /** Epoch milliseconds. */
  instant: number;
}

interface Program {
  id: string;
  deadlines: Deadline[];
}

export function generateSite(options: GenerateOptions): GeneratedSite {
  const faker = new Faker({ locale: [en, base], seed: options.seed });
  const nowDay = Math.floor(options.now.getTime() / DAY_MS);
  const files = new Map<string, string>();
  let closed = 0;
  const days = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  // Faker's list still has a few names that IANA has since made aliases, which the schema
  // refuses; every name Node lists is accepted.
  const listed = new Set(Intl.supportedValuesOf("timeZone"));
  const zone = (): string => {
    const name = faker.location.timeZone();
    return listed.has(name) ? name : zone();
  };
  // Noon in the zone: daylight-saving changes happen at night, so it is never ambiguous.
  const deadline = (day: number, timeZone = zone()): Deadline => {
    const localDateTime = `${days(day)}T12:00`;
    const instant = Temporal.PlainDateTime.from(localDateTime).toZonedDateTime(timeZone);
    return { localDateTime, timeZone, instant: instant.epochMilliseconds };
  };

  const programCount = Math.max(3, Math.round(options.count / 20));
  const programs: Program[] = [];
  const span = POSTING_SPAN_DAYS + DEADLINE_FUTURE_DAYS;
  for (let index = 0; index < programCount; index++) {
    const id = `programme-${index + 1}`;
    // One stratum of the span per programme; the last one always recruits now.
    const first =
      index === programCount - 1
        ? nowDay + faker.number.int({ min: 14, max: DEADLINE_FUTURE_DAYS })
        : nowDay -
          POSTING_SPAN_DAYS +
          Math.floor(((index + faker.number.float()) / programCount) * span);
    const timeZone = zone();
    const deadlines = [deadline(first, timeZone)];
    if (faker.datatype.boolean()) {
      deadlines.push(deadline(first + faker.number.int({ min: 30, max: 120 }), timeZone));
    }
    programs.push({ id, deadlines });
    files.set(
      `src/content/programs/${id}.yaml`,
      yaml({
        name: `${faker.company.catchPhrase()} doctoral programme`,
        url: `https://${faker.internet.domainName()}/${id}`,
        kind: faker.helpers.arrayElement(["DPhil", "CDT", "other"]),
        provider: `University of ${faker.location.city()}`,
        description: faker.lorem.sentences({ min: 1, max: 2 }),
        deadlines: deadlines.map(({ localDateTime, timeZone }) => ({ localDateTime, timeZone })),
      }),
    );
  }

  const vacancyFiles: string[] = [];

  const openFiles: string[] = [];
  for (let index = 0; index < options.count; index++) {
    const postedDay = nowDay - faker.number.int({ min: 0, max: POSTING_SPAN_DAYS });
    const posted = postedDay * DAY_MS;
    const candidates = programs.filter((program) =>
      program.deadlines.some(
        ({ instant }) => instant > posted && instant - posted <= ADVERTISING_WINDOW_DAYS * DAY_MS,
      ),
    );
    // A few recent adverts stand alone ("open until filled"); the others advertise programmes
    // with a deadline soon after the advert, or close on a date of their own.
    const standalone = nowDay - postedDay < 540 && faker.datatype.boolean(0.05);
    const linked = standalone ? [] : faker.helpers.arrayElements(candidates, { min: 1, max: 3 });
    const own =
      !standalone && (linked.length === 0 || faker.datatype.boolean(0.2))
        ? deadline(postedDay + faker.number.int({ min: 30, max: 150 }))
        : undefined;
    // The site's rule: a vacancy closes at its own deadline, else at its programmes' latest;
    // with neither, it is open until filled.
    const closes = own ? [own] : linked.flatMap((program) => program.deadlines);
    const isClosed =
      closes.length > 0 && Math.max(...closes.map((d) => d.instant)) <= options.now.getTime();
    if (isClosed) closed++;

    const city = faker.location.city();
    const frontMatter = yaml({
      title: `PhD in ${faker.company.catchPhrase().toLowerCase()}`,
      summary: faker.lorem.sentence({ min: 12, max: 30 }),
      datePosted: days(postedDay),
      ...(own && { closes: { localDateTime: own.localDateTime, timeZone: own.timeZone } }),
      location: {
        name: `Department of ${faker.commerce.department()}, University of ${city}`,
        locality: city,
        country: faker.location.countryCode("alpha-2"),
      },
      // No contactEmail: a fake address would be at example.org, which a build warns about; the
      // profile's address stands in, as it does for the seed vacancy.
      ...(faker.datatype.boolean(0.25) && { notice: faker.lorem.sentence() }),
      ...(faker.datatype.boolean(0.1) && { employmentType: "PART_TIME" }),
      ...(faker.datatype.boolean(0.6) && { educationRequirements: faker.lorem.sentence(6) }),
      ...(faker.datatype.boolean(0.4) && { eligibility: faker.lorem.sentence(6) }),
      expectations: faker.lorem.sentence({ min: 10, max: 20 }),
      essentialRequirements: sentences(faker, 1, 5),
      desirableRequirements: sentences(faker, 0, 3),
      topics: faker.helpers.multiple(() => faker.company.buzzPhrase(), {
        count: { min: 1, max: 6 },
      }),
      programs: linked.map((program) => program.id),
      scholarships: faker.helpers.arrayElements(options.scholarshipIds),
      ...(faker.datatype.boolean(0.4) && {
        fundingAdvice: `${faker.lorem.sentence()} See the [funding page](https://${faker.internet.domainName()}/funding).`,
      }),
    });
    const body = [
      ...faker.helpers.multiple(() => faker.lorem.paragraph({ min: 3, max: 8 }), {
        count: { min: 1, max: 4 },
      }),
      ...(faker.datatype.boolean(0.3) ? [`## ${faker.lorem.words(3)}`] : []),
      ...(faker.datatype.boolean(0.25)
        ? [
            sentences(faker, 2, 4)
              .map((s) => `- ${s}`)
              .join("\n"),
          ]
        : []),
      `Read more on the [group's website](${faker.internet.url()}).`,
    ];
    const file = `src/content/vacancies/vacancy-${index + 1}.${options.format ?? "mdx"}`;
    files.set(file, `---\n${frontMatter}---\n\n${body.join("\n\n")}\n`);
    vacancyFiles.push(file);
    if (!isClosed) openFiles.push(file);
  }
  return { files, vacancyFiles, openFiles, programs: programCount, closed };
}

function sentences(faker: Faker, min: number, max: number): string[] {
  return faker.helpers.multiple(() => faker.lorem.sentence(), { count: { min, max } });
}

/** YAML for plain objects of strings, lists and objects: JSON's string syntax is valid YAML. */
function yaml(value: Record<string, unknown>, indent = ""): string {
  return Object.entries(value)
    .filter(([, item]) => !(Array.isArray(item) && item.length === 0))
    .map(([key, item]) => {
      if (typeof item === "string") return `${indent}${key}: ${JSON.stringify(item)}\n`;
      if (!Array.isArray(item))
        return `${indent}${key}:\n${yaml(item as Record<string, unknown>, `${indent}  `)}`;
      return `${indent}${key}:\n${item
        .map((entry) =>
          typeof entry === "string"
            ? `${indent}  - ${JSON.stringify(entry)}\n`
            : `${indent}  - ${yaml(entry as Record<string, unknown>, `${indent}    `).trimStart()}`,
        )
        .join("")}`;
    })
    .join("");
}
