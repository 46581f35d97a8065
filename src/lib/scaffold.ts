/**
 * Starter files for `npm run new`. No imports, so that Node runs this file directly (it strips
 * the types) and Vitest tests it as it is.
 */

/** The collections a maintainer can scaffold, with where their files live. */
export const COLLECTIONS = {
  vacancies: { singular: "vacancy", folder: "src/content/vacancies", extension: ".mdx" },
  programs: { singular: "program", folder: "src/content/programs", extension: ".yaml" },
  scholarships: { singular: "scholarship", folder: "src/content/scholarships", extension: ".yaml" },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type CollectionKind = CollectionName | (typeof COLLECTIONS)[CollectionName]["singular"];

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The singular names, as the command line advertises them. */
export const KIND_NAMES: readonly string[] = NAMES.map((name) => COLLECTIONS[name].singular);

/** `vacancy` or `vacancies` → `vacancies`; anything else → undefined. */
export function resolveCollection(kind: string): CollectionName | undefined {
  const wanted = kind.trim().toLowerCase();
  return NAMES.find((name) => name === wanted || COLLECTIONS[name].singular === wanted);
}

/** The entry's path relative to the project, with forward slashes. */
export function entryPath(kind: CollectionKind, slug: string): string {
  const { folder, extension } = COLLECTIONS[collectionOf(kind)];
  return `${folder}/${slug}${extension}`;
}

const MAX_SLUG_LENGTH = 60;

// Letters that NFKD does not split into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * A file name (and so an id and an address) from a title: lower-case ASCII letters and digits
 * joined by single hyphens, at most 60 characters, cut at a word boundary.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug === "") {
    throw new Error(
      `Cannot make a file name from the title ${JSON.stringify(title)}: it has no letters or digits. Give a title such as "PhD studentship in medical imaging".`,
    );
  }
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  // A single word longer than the limit has no boundary to cut at.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}

const YAML_KEYWORDS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * A string as a YAML scalar: plain when that reads back as the same string, else double-quoted.
 * JSON's string escapes are all valid in YAML double-quoted scalars.
 */
export function yamlString(value: string): string {
  // A letter first rules out YAML's indicators and numbers; the end must not be a space.
  const plain = /^\p{L}([\p{L}\p{N} .,;'’()&/+–—-]*[\p{L}\p{N}.)])?$/u.test(value);
  return plain && !YAML_KEYWORDS.test(value) ? value : JSON.stringify(value);
}

/**
 * The text of a new entry: every field of the collection's schema, with example values that
 * validate, a comment on each, and `draft: true`. `today` is `YYYY-MM-DD`.
 */
export function entryTemplate(kind: CollectionKind, title: string, today: string): string {
  const name = title.trim();
  if (name === "") throw new Error("The title must not be blank.");
  if (!isCalendarDate(today)) {
    throw new Error(`today must be a date written YYYY-MM-DD, but is ${JSON.stringify(today)}.`);
  }
  const collection = collectionOf(kind);
  // Examples of deadlines lie in the future, so a draft does not show as already closed.
  const deadline = `${addDays(today, 60)}T12:00`;
  switch (collection) {
    case "vacancies":
      return vacancyTemplate(name, today, deadline);
    case "programs":
      return programTemplate(name, deadline);
    case "scholarships":
      return scholarshipTemplate(name, today.slice(0, 7));
  }
}

function collectionOf(kind: CollectionKind): CollectionName {
  const collection = resolveCollection(kind);
  if (!collection) throw new Error(`Unknown collection ${JSON.stringify(kind)}.`);
  return collection;
}

function modeline(collection: CollectionName): string {
  return `# yaml-language-server: $schema=../../../.astro/collections/${collection}.schema.json`;
}

const DRAFT_COMMENT = [
  "# true keeps the entry out of the published site; npm run dev still shows it. A published",
  "# vacancy cannot refer to a draft. Set it to false to publish.",
];

const DEADLINE_COMMENT = [
  "#   label: optional, what closes.",
  '#   localDateTime: local time written "YYYY-MM-DDTHH:mm"; keep the quotes, or YAML reads',
  "#     it as UTC.",
  "#   timeZone: an IANA time zone such as Europe/London, America/New_York or Asia/Tokyo.",
  '#   offset: only for a time that happens twice when clocks go back, such as "+01:00".',
];

function vacancyTemplate(title: string, today: string, deadline: string): string {
  return [
    "---",
    "# The position's title, shown as the page heading.",
    `title: ${yamlString(title)}`,
    "# One sentence that opens the advert and describes it in lists and search results.",
    `summary: ${yamlString("We are seeking a highly motivated student to pursue a PhD in medical image analysis.")}`,
    "# The day the vacancy was first published, YYYY-MM-DD.",
    `datePosted: ${today}`,
    "# Optional: the vacancy's own closing time, when it differs from the programmes' deadlines.",
    "# Delete the whole block to rely on the programmes' deadlines.",
    ...DEADLINE_COMMENT,
    "closes:",
    `  label: ${yamlString("applications close")}`,
    `  localDateTime: "${deadline}"`,
    "  timeZone: Europe/London",
    "# Where the student will be based.",
    "location:",
    "  # Department and institution.",
    `  name: ${yamlString("Department of Engineering Science, University of Oxford")}`,
    "  # Town or city.",
    "  locality: Oxford",
    "  # Country as an ISO 3166 two-letter code in capitals: GB, US, DE, …",
    "  country: GB",
    "# The address applicants write to.",
    "contactEmail: medical-imaging@example.org",
    "# Optional: a note shown prominently near the top. Delete the line if not needed.",
    `notice: ${yamlString("Please note that I may not be able to respond to every email.")}`,
    "# The sentence stating the background every candidate needs.",
    `expectations: ${yamlString("Candidates are expected to have a strong background in a relevant STEM discipline.")}`,
    '# What candidates must have, shown under "You should also have"; at least one.',
    "essentialRequirements:",
    `  - ${yamlString("A good undergraduate degree in a relevant STEM discipline.")}`,
    "# Optional: what would help but is not required; [] for none.",
    "desirableRequirements:",
    `  - ${yamlString("Experience with PyTorch.")}`,
    "# Research directions open to the student; at least one.",
    "topics:",
    `  - ${yamlString("Machine learning for medical image analysis")}`,
    "# Programmes applicants can apply through: ids, the file names in src/content/programs/",
    "# without .yaml. [] for none.",
    "programs:",
    "  - dphil-engineering-science",
    "# Scholarships that can fund the position: ids, the file names in src/content/scholarships/",
    "# without .yaml. [] for none.",
    "scholarships:",
    "  - oxford-automatic-scholarships",
    "# How the position is held, as job search reads it: FULL_TIME | PART_TIME | CONTRACTOR |",
    "# TEMPORARY | INTERN | VOLUNTEER | PER_DIEM | OTHER.",
    "employmentType: FULL_TIME",
    "# Optional: the degree an applicant needs, shown in the key facts and given to job search.",
    "# Delete the line if not needed.",
    `educationRequirements: ${yamlString("A first or upper second-class undergraduate degree in a relevant STEM discipline.")}`,
    "# Optional: who may apply, such as visa or residency conditions. Delete the line if not needed.",
    `eligibility: ${yamlString("Open to applicants of any nationality.")}`,
    "# Optional: true when applicants apply on this site rather than through a programme;",
    "# false (or no line) when they apply through the programmes above.",
    "directApply: false",
    "# Optional: Markdown advice shown above the scholarships. Links must start with https://,",
    "# http:// or mailto:. Delete the line if not needed.",
    `fundingAdvice: ${yamlString("Check the [fees and funding page](https://www.ox.ac.uk/admissions/graduate/fees-and-funding) as early as possible.")}`,
    "# true keeps the vacancy out of the published site; npm run dev still shows it, with a",
    "# Draft banner. Set it to false to publish.",
    "draft: true",
    "---",
    "",
    "The student will join a multi-disciplinary research group working on machine learning for",
    "medical imaging, and will collaborate with clinicians and scientists.",
    "",
    "This body is MDX: write Markdown, with **bold**, lists and",
    "[links](https://www.ox.ac.uk/admissions/graduate). Feel free to get in touch if you are",
    "interested!",
    "",
  ].join("\n");
}

function programTemplate(name: string, deadline: string): string {
  return [
    modeline("programs"),
    "# Name as applicants know it.",
    `name: ${yamlString(name)}`,
    "# The programme's own page, a full address starting with https://.",
    "url: https://www.example.org/programme",
    "# DPhil (a university's own doctorate) | CDT (a Centre for Doctoral Training) | other",
    "kind: DPhil",
    "# Who runs it.",
    `provider: ${yamlString("University of Oxford")}`,
    "# One or two sentences of Markdown. Links must start with https://, http:// or mailto:.",
    `description: ${yamlString("A doctorate in engineering science, with research in the Department of Engineering Science.")}`,
    "# Application deadlines, each a local time in its own time zone; [] for none.",
    ...DEADLINE_COMMENT,
    "deadlines:",
    `  - label: ${yamlString("for most Oxford scholarships")}`,
    `    localDateTime: "${deadline}"`,
    "    timeZone: Europe/London",
    ...DRAFT_COMMENT,
    "draft: true",
    "",
  ].join("\n");
}

function scholarshipTemplate(name: string, month: string): string {
  return [
    modeline("scholarships"),
    "# Full name.",
    `name: ${yamlString(name)}`,
    '# Optional: a short name used in lists, such as "HDS CDT". Delete the line if not needed.',
    `shortName: ${yamlString(name)}`,
    "# Where to read more, a full address starting with https://.",
    "url: https://www.example.org/scholarship",
    "# How it is applied for: automatic | additional-application | cdt",
    "#   automatic: considered with the graduate application",
    "#   additional-application: needs an application of its own",
    "#   cdt: funded through a Centre for Doctoral Training",
    "route: automatic",
    "# A few sentences of Markdown. Links must start with https://, http:// or mailto:.",
    `description: ${yamlString("Considered automatically for every applicant who meets the eligibility criteria.")}`,
    "# Optional: a passage quoted from the funder's page. Delete the whole block if not needed.",
    "source:",
    "  # Title of the page quoted.",
    `  title: ${yamlString("Graduate – Fees and funding")}`,
    "  # Address of the page quoted.",
    "  url: https://www.example.org/scholarship",
    '  # When the page was read: a month "YYYY-MM" or a date "YYYY-MM-DD".',
    `  cited: "${month}"`,
    "  # The passage, word for word.",
    `  quote: ${yamlString("All you need to do is submit your graduate application.")}`,
    ...DRAFT_COMMENT,
    "draft: true",
    "",
  ].join("\n");
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
