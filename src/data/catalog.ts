import { getImage } from "astro:assets";
import { getCollection, type CollectionEntry } from "astro:content";
import { CLOSING_SOON_DAYS } from "../consts";
import { closingDeadline, deadlineId } from "../lib/closing";
import { deadlineStatus, type DeadlineStatus } from "../lib/deadline-status";
import { formatEntryError } from "../lib/entry-errors";
import { siteNow } from "../lib/now";
import { mostRecentlyClosedFirst, soonestClosingFirst } from "../lib/ordering";
import { danglingReferences, type ReferenceTargets } from "../lib/references";
import type { Deadline } from "../schemas/deadline";

export type VacancyEntry = CollectionEntry<"vacancies">;
export type ProgramEntry = CollectionEntry<"programs">;
export type ScholarshipEntry = CollectionEntry<"scholarships">;
export type ProfileEntry = CollectionEntry<"profile">;

/** A deadline with what it belongs to: its id, its owner's name and the page that shows it. */
export interface OwnedDeadline extends Deadline {
  id: string;
  owner: string;
  /** Site path of the page describing it, without the base. */
  path: string;
}

/** A vacancy with the programmes and scholarships it refers to, in the order it lists them. */
export interface VacancyWithFunding {
  entry: VacancyEntry;
  programs: ProgramEntry[];
  scholarships: ScholarshipEntry[];
  /** The deadline that closes it; none means open until filled. */
  closes: OwnedDeadline | undefined;
  /** Its state at the build's `now`. */
  status: DeadlineStatus;
}

export interface Catalog {
  /** The instant this build treats as now (`SITE_NOW`, else the real time). */
  now: Date;
  /** Every published vacancy: `open` followed by `past`. */
  vacancies: VacancyWithFunding[];
  /** Vacancies still open at `now`, the soonest deadline first. */
  open: VacancyWithFunding[];
  /** Closed vacancies, the most recently closed first. */
  past: VacancyWithFunding[];
  programs: ProgramEntry[];
  scholarships: ScholarshipEntry[];
  profile: ProfileEntry;
  /** Every deadline of every published programme and vacancy, soonest first. */
  deadlines: OwnedDeadline[];
}

/** The profile entry shown in the sidebar: `src/content/profile/group.yaml`. */
export const PROFILE_ID = "group";

/** Vacancy ids that would clash with the archive pages under /vacancies/. */
const RESERVED_VACANCY_IDS = ["open", "past"];

/** Drafts are shown by `astro dev` and left out of every production build. */
const showDrafts = import.meta.env.DEV;

let catalog: Promise<Catalog> | undefined;

/**
 * Every published entry, with references resolved. It is loaded once per build and fails the
 * build when a reference names no published entry or the profile is missing.
 */
export function loadCatalog(): Promise<Catalog> {
  catalog ??= buildCatalog();
  return catalog;
}

async function buildCatalog(): Promise<Catalog> {
  const now = siteNow(process.env["SITE_NOW"]);
  const [allVacancies, allPrograms, allScholarships, profiles] = await Promise.all([
    getCollection("vacancies"),
    getCollection("programs"),
    getCollection("scholarships"),
    getCollection("profile"),
  ]);
  const isShown = (entry: { data: { draft: boolean } }) => showDrafts || !entry.data.draft;
  const vacancies = allVacancies.filter(isShown);
  const programs = allPrograms.filter(isShown);
  const scholarships = allScholarships.filter(isShown);

  const profile = profiles.find((entry) => entry.id === PROFILE_ID);
  if (!profile) {
    throw new Error(
      `src/content/profile/${PROFILE_ID}.yaml is missing: the sidebar needs it. Found: ${
        profiles.map((entry) => entry.filePath).join(", ") || "no profile files"
      }.`,
    );
  }

  const reserved = vacancies.filter((entry) => RESERVED_VACANCY_IDS.includes(entry.id));
  if (reserved.length) {
    throw new Error(
      reserved
        .map(
          (entry) =>
            `${entry.filePath}: the name "${entry.id}" is taken by the archive at /vacancies/${entry.id}/; rename the file.`,
        )
        .join("\n"),
    );
  }

  const programTargets = targets("program", allPrograms, programs);
  const scholarshipTargets = targets("scholarship", allScholarships, scholarships);
  const errors = vacancies.flatMap((entry) => {
    const problems = [
      ...danglingReferences("programs", ids(entry.data.programs), programTargets),
      ...danglingReferences("scholarships", ids(entry.data.scholarships), scholarshipTargets),
    ];
    return problems.length
      ? [formatEntryError(entry.filePath ?? `vacancy "${entry.id}"`, problems)]
      : [];
  });
  if (errors.length) throw new Error(errors.join("\n\n"));

  const programById = new Map(programs.map((entry) => [entry.id, entry]));
  const scholarshipById = new Map(scholarships.map((entry) => [entry.id, entry]));
  const programDeadlines = new Map(programs.map((program) => [program.id, deadlinesOf(program)]));
  const withFunding = vacancies.map((entry): VacancyWithFunding => {
    const linked = ids(entry.data.programs).map((id) => programById.get(id)!);
    const own = entry.data.closes && {
      ...entry.data.closes,
      id: deadlineId(entry.id, entry.data.closes.localDateTime),
      owner: entry.data.title,
      path: `/vacancies/${entry.id}/`,
    };
    const closes = closingDeadline(
      own,
      linked.flatMap((program) => programDeadlines.get(program.id) ?? []),
    );
    return {
      entry,
      programs: linked,
      scholarships: ids(entry.data.scholarships).map((id) => scholarshipById.get(id)!),
      closes,
      status: closes
        ? deadlineStatus(Date.parse(closes.instant), now.getTime(), CLOSING_SOON_DAYS)
        : "open",
    };
  });
  const ownDeadlines = withFunding.flatMap((vacancy) =>
    vacancy.entry.data.closes && vacancy.closes ? [vacancy.closes] : [],
  );
  const open = withFunding
    .filter((vacancy) => vacancy.status !== "closed")
    .sort((a, b) => soonestClosingFirst(orderable(a), orderable(b)));
  const past = withFunding
    .filter((vacancy) => vacancy.status === "closed")
    .sort((a, b) => mostRecentlyClosedFirst(orderable(a), orderable(b)));
  return {
    now,
    vacancies: [...open, ...past],
    open,
    past,
    programs,
    scholarships,
    profile,
    deadlines: [...[...programDeadlines.values()].flat(), ...ownDeadlines].sort(
      (a, b) => Date.parse(a.instant) - Date.parse(b.instant) || a.id.localeCompare(b.id),
    ),
  };
}

let avatar: ReturnType<typeof getImage> | undefined;

/** The avatar as the Person's image in structured data: processed once per build, not per page. */
export function avatarForStructuredData(src: ProfileEntry["data"]["avatar"]) {
  avatar ??= getImage({ src, width: 256, height: 256 });
  return avatar;
}

/** A programme's deadlines with their ids; they are shown on the vacancies list. */
export function deadlinesOf(program: ProgramEntry): OwnedDeadline[] {
  return program.data.deadlines.map((deadline) => ({
    ...deadline,
    id: deadlineId(program.id, deadline.localDateTime),
    owner: program.data.name,
    path: "/vacancies/",
  }));
}

function ids(references: readonly { id: string }[]): string[] {
  return references.map((reference) => reference.id);
}

function targets(
  noun: string,
  all: readonly { id: string; data: { draft: boolean } }[],
  shown: readonly { id: string }[],
): ReferenceTargets {
  const published = shown.map((entry) => entry.id);
  return {
    noun,
    published,
    drafts: all.filter((entry) => !published.includes(entry.id)).map((entry) => entry.id),
  };
}

function orderable({ entry, closes }: VacancyWithFunding) {
  return { closes: closes?.instant, datePosted: entry.data.datePosted, title: entry.data.title };
}
