import { getCollection, type CollectionEntry } from "astro:content";
import {
  noWayToApplyWarning,
  passedProgrammesWarning,
  publishedReferenceErrors,
  smallAvatarWarning,
  type EntryReferences,
} from "../checks/references";
import { EntryError } from "../checks/messages";
import { announceOnGitHub } from "../checks/workflow-commands";
import { isShown, type Deadline } from "../collections/fields";
import { CLOSING_SOON_DAYS } from "../consts";
import {
  closingDeadline,
  deadlineId,
  mostRecentlyClosedFirst,
  soonestClosingFirst,
} from "../lib/deadlines/closing";
import { siteNow } from "../lib/deadlines/now";
import { deadlineStatus, type DeadlineStatus } from "../lib/deadlines/status";
import { programPath, vacancyPath } from "../routes";
import { PROFILE, PROFILE_ID } from "../collections/profile";

/** The warnings printed so far: the development server makes the catalog again for each page. */
const warned = new Set<string>();

/** Prints `warning` (and annotates it under GitHub Actions) unless it has been printed already. */
function warnOnce(warning: string | undefined): void {
  if (!warning || warned.has(warning)) return;
  warned.add(warning);
  announceOnGitHub(warning, process.cwd(), "warning");
  console.warn(`[WARN] ${warning}`);
}

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
  /** The address applicants write to: the vacancy's own, else the profile's; maybe none. */
  contactEmail: string | undefined;
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

/** Drafts are shown by `astro dev` and left out of every production build. */
const showDrafts = import.meta.env.DEV;

let catalog: Promise<Catalog> | undefined;

/**
 * Every published entry, with references resolved. It is loaded once per build and fails the
 * build when a reference names no published entry or the profile is missing.
 */
export function loadCatalog(): Promise<Catalog> {
  // The development server re-reads entries as they are edited, so it builds a fresh catalog.
  if (showDrafts) return buildCatalog();
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
  const shown = (entry: { data: { draft: boolean } }) => isShown(entry.data, showDrafts);
  const vacancies = allVacancies.filter(shown);
  const programs = allPrograms.filter(shown);
  const scholarships = allScholarships.filter(shown);

  const profile = profiles.find((entry) => entry.id === PROFILE_ID);
  if (!profile) {
    throw new Error(
      `${PROFILE.folder}/${PROFILE_ID}${PROFILE.extensions[0]} is missing: the sidebar needs it. Found: ${
        profiles.map((entry) => entry.filePath).join(", ") || "no profile files"
      }.`,
    );
  }

  warnOnce(
    smallAvatarWarning(
      profile.filePath ?? `${PROFILE.folder}/${PROFILE_ID}${PROFILE.extensions[0]}`,
      profile.data.avatar,
    ),
  );

  const errors = publishedReferenceErrors(
    {
      vacancies: allVacancies.map(referencesOf),
      programs: allPrograms.map(idAndDraft),
      scholarships: allScholarships.map(idAndDraft),
    },
    showDrafts,
  );
  if (errors.length) {
    const message = errors.join("\n\n");
    announceOnGitHub(message, process.cwd());
    throw new EntryError(message);
  }

  const programById = new Map(programs.map((entry) => [entry.id, entry]));
  const scholarshipById = new Map(scholarships.map((entry) => [entry.id, entry]));
  const programDeadlines = new Map(programs.map((program) => [program.id, deadlinesOf(program)]));
  const withFunding = vacancies.map((entry): VacancyWithFunding => {
    const linked = ids(entry.data.programs).map((id) => programById.get(id)!);
    const own = entry.data.closes && {
      ...entry.data.closes,
      id: deadlineId(entry.id, entry.data.closes.localDateTime),
      owner: entry.data.title,
      path: vacancyPath(entry.id),
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
      contactEmail: entry.data.contactEmail ?? profile.data.email,
      status: closes
        ? deadlineStatus(Date.parse(closes.instant), now.getTime(), CLOSING_SOON_DAYS)
        : "open",
    };
  });
  for (const vacancy of withFunding) {
    const file = fileOf(vacancy.entry);
    const open = vacancy.status !== "closed";
    warnOnce(
      passedProgrammesWarning(
        file,
        open,
        vacancy.programs.flatMap((program) => programDeadlines.get(program.id) ?? []),
        now,
      ),
    );
    warnOnce(
      noWayToApplyWarning(file, {
        open,
        programmes: vacancy.programs.length,
        contactEmail: vacancy.contactEmail,
      }),
    );
  }
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

/** A programme's deadlines with their ids; they are shown on the vacancies list. */
export function deadlinesOf(program: ProgramEntry): OwnedDeadline[] {
  return program.data.deadlines.map((deadline) => ({
    ...deadline,
    id: deadlineId(program.id, deadline.localDateTime),
    owner: program.data.name,
    path: programPath(),
  }));
}

/** A vacancy as reference checking sees it: its file, its id, its draft flag and what it names. */
export function referencesOf(entry: VacancyEntry): EntryReferences {
  return {
    id: entry.id,
    file: fileOf(entry),
    draft: entry.data.draft,
    programs: ids(entry.data.programs),
    scholarships: ids(entry.data.scholarships),
  };
}

function fileOf(entry: VacancyEntry): string {
  return entry.filePath ?? `vacancy "${entry.id}"`;
}

function ids(references: readonly { id: string }[]): string[] {
  return references.map((reference) => reference.id);
}

function idAndDraft(entry: {
  id: string;
  filePath?: string | undefined;
  data: { draft: boolean };
}) {
  return { id: entry.id, file: entry.filePath ?? entry.id, draft: entry.data.draft };
}

function orderable({ entry, closes }: VacancyWithFunding) {
  return { closes: closes?.instant, datePosted: entry.data.datePosted, title: entry.data.title };
}
