import { getCollection, type CollectionEntry } from "astro:content";
import { formatEntryError } from "../lib/entry-errors";
import { danglingReferences, type ReferenceTargets } from "../lib/references";

export type VacancyEntry = CollectionEntry<"vacancies">;
export type ProgramEntry = CollectionEntry<"programs">;
export type ScholarshipEntry = CollectionEntry<"scholarships">;
export type ProfileEntry = CollectionEntry<"profile">;

/** A vacancy with the programmes and scholarships it refers to, in the order it lists them. */
export interface VacancyWithFunding {
  entry: VacancyEntry;
  programs: ProgramEntry[];
  scholarships: ScholarshipEntry[];
}

export interface Catalog {
  vacancies: VacancyWithFunding[];
  programs: ProgramEntry[];
  scholarships: ScholarshipEntry[];
  profile: ProfileEntry;
}

/** The profile entry shown in the sidebar: `src/content/profile/group.yaml`. */
export const PROFILE_ID = "group";

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
  return {
    vacancies: vacancies.sort(newestFirst).map((entry) => ({
      entry,
      programs: ids(entry.data.programs).map((id) => programById.get(id)!),
      scholarships: ids(entry.data.scholarships).map((id) => scholarshipById.get(id)!),
    })),
    programs,
    scholarships,
    profile,
  };
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

function newestFirst(a: VacancyEntry, b: VacancyEntry): number {
  return (
    b.data.datePosted.localeCompare(a.data.datePosted) || a.data.title.localeCompare(b.data.title)
  );
}
