import { formatEntryError, type EntryProblem } from "./messages";
import { closestMatch } from "../lib/schema/suggest";
import { PROGRAMS } from "../collections/programs";
import { allProgrammeDeadlinesPassed } from "../lib/deadlines/closing";
import { formatDeadline } from "../lib/deadlines/resolve";
import { SCHOLARSHIPS } from "../collections/scholarships";
import type { KnownEntries } from "../lib/schema/editor-config";

/** The entries a reference may point to. */
export interface ReferenceTargets {
  /** Singular noun for messages: "program". */
  noun: string;
  /** Ids of the entries that will be published. */
  published: readonly string[];
  /** Ids of entries that exist but are drafts, so absent from this build. */
  drafts: readonly string[];
}

/**
 * Problems with a list of references: each id that names no published entry. The message names
 * the missing id, suggests the closest existing one and lists those that exist.
 */
export function danglingReferences(
  field: string,
  ids: readonly string[],
  targets: ReferenceTargets,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  ids.forEach((id, index) => {
    if (targets.published.includes(id)) return;
    const at = `${field}[${index}]`;
    if (targets.drafts.includes(id)) {
      problems.push({
        field: at,
        problem: `refers to the ${targets.noun} "${id}", which is a draft. Publish it (draft: false) or remove this reference.`,
      });
      return;
    }
    const suggestion = closestMatch(id, targets.published);
    const existing = targets.published.length
      ? `Existing ${targets.noun}s: ${targets.published.join(", ")}.`
      : `There are no ${targets.noun}s yet.`;
    problems.push({
      field: at,
      problem: `refers to the ${targets.noun} "${id}", which does not exist. ${
        suggestion ? `Did you mean "${suggestion}"? ` : ""
      }${existing}`,
      example: targets.published.length
        ? `- ${JSON.stringify(suggestion ?? targets.published[0])}`
        : undefined,
    });
  });
  return problems;
}

/** A vacancy's references, as its file states them. */
export interface ReferringEntry {
  /** The file, relative to the project. */
  file: string;
  programs: readonly string[];
  scholarships: readonly string[];
}

/**
 * The entries references may point to: those published in this build, and the drafts that are
 * not, so a message can tell "does not exist" from "is a draft".
 */
export function referenceTargets(
  noun: string,
  all: readonly { id: string; draft: boolean }[],
  showDrafts: boolean,
): ReferenceTargets {
  return {
    noun,
    published: all.filter((entry) => showDrafts || !entry.draft).map((entry) => entry.id),
    drafts: showDrafts ? [] : all.filter((entry) => entry.draft).map((entry) => entry.id),
  };
}

/** One message per vacancy that refers to a programme or scholarship the build will not have. */
export function referenceErrors(
  vacancies: readonly ReferringEntry[],
  programs: ReferenceTargets,
  scholarships: ReferenceTargets,
): string[] {
  return vacancies.flatMap(({ file, programs: programIds, scholarships: scholarshipIds }) => {
    const problems = [
      ...danglingReferences("programs", programIds, programs),
      ...danglingReferences("scholarships", scholarshipIds, scholarships),
    ];
    return problems.length ? [formatEntryError(file, problems)] : [];
  });
}

/** An entry as reference checking sees it: its file, its id and the fields that matter. */
export interface EntryReferences {
  id: string;
  /** The file, relative to the project. */
  file: string;
  draft: boolean;
  programs?: readonly string[];
  scholarships?: readonly string[];
}

/**
 * The check a build makes once every collection is loaded: each vacancy it publishes refers
 * only to programmes and scholarships it publishes too. Drafts are published when `showDrafts`.
 */
export function publishedReferenceErrors(
  entries: {
    vacancies: readonly EntryReferences[];
    programs: readonly EntryReferences[];
    scholarships: readonly EntryReferences[];
  },
  showDrafts: boolean,
): string[] {
  return referenceErrors(
    entries.vacancies
      .filter((vacancy) => showDrafts || !vacancy.draft)
      .map(({ file, programs = [], scholarships = [] }) => ({ file, programs, scholarships })),
    referenceTargets(PROGRAMS.noun, entries.programs, showDrafts),
    referenceTargets(SCHOLARSHIPS.noun, entries.scholarships, showDrafts),
  );
}

/**
 * The warning for an open vacancy whose programmes' deadlines have all passed at `now`: nobody
 * can apply through them any more. The build goes on; the maintainer adds the next round's
 * deadlines or closes the vacancy. `deadlines` are those of the programmes it refers to.
 */
export function passedProgrammesWarning(
  file: string,
  open: boolean,
  deadlines: readonly { instant: string; timeZone: string }[],
  now: Date,
): string | undefined {
  const last = allProgrammeDeadlinesPassed(open, deadlines, now);
  if (!last) return undefined;
  return formatEntryError(file, [
    {
      field: "programs",
      problem: `the vacancy is open, but every deadline of its programmes has passed (the last was ${formatDeadline(last.instant, last.timeZone)}). Add the next round's deadlines to the programmes, or close the vacancy.`,
    },
  ]);
}

/**
 * The warning for an open vacancy that gives an applicant no way to apply: no programme to apply
 * through and no address to write to, neither its own `contactEmail` nor the profile's `email`.
 * Its page would say "this advert gives no address". The build goes on, as the text may say how
 * to apply; the maintainer adds an address or a programme.
 */
export function noWayToApplyWarning(
  file: string,
  vacancy: { open: boolean; programmes: number; contactEmail: string | undefined },
): string | undefined {
  if (!vacancy.open || vacancy.programmes > 0 || vacancy.contactEmail) return undefined;
  return formatEntryError(file, [
    {
      field: "contactEmail",
      problem:
        "the vacancy is open, but names no programme to apply through and no address to write to, and the profile (src/content/profile/) has no email either. Add the address applicants should write to, or the programmes they apply through.",
      example: "contactEmail: admissions@example.org",
    },
  ]);
}

/**
 * The fewest pixels each way an avatar needs: the sidebar draws it at up to 112 CSS pixels (224
 * on a sharp screen), and job search gets it at 256 × 256.
 */
export const AVATAR_MIN_PIXELS = 256;

/**
 * The warning for an avatar too small to show sharply. The build goes on (a blurred picture is
 * still the group's); the maintainer replaces it.
 */
export function smallAvatarWarning(
  file: string,
  avatar: { width: number; height: number },
): string | undefined {
  if (Math.min(avatar.width, avatar.height) >= AVATAR_MIN_PIXELS) return undefined;
  return formatEntryError(file, [
    {
      field: "avatar",
      problem: `is ${avatar.width} × ${avatar.height} pixels, so it shows blurred: the sidebar draws it at up to 224 pixels on sharp screens, and job search takes it at ${AVATAR_MIN_PIXELS} × ${AVATAR_MIN_PIXELS}. Use a picture at least ${AVATAR_MIN_PIXELS} × ${AVATAR_MIN_PIXELS} pixels; a square one is shown whole, another is cropped to its middle.`,
    },
  ]);
}

/** The collections a vacancy refers to, by the field that holds the references. */
const TARGETS = [
  { field: "programs", noun: PROGRAMS.noun },
  { field: "scholarships", noun: SCHOLARSHIPS.noun },
] as const;

/**
 * For the editor, which sees one entry at a time: what the build will say of its references,
 * given the entries of the build that made the editor. The answer can only warn, never refuse,
 * as the other files may have changed since.
 *
 * - A published vacancy: each programme or scholarship it names that was a draft, in the
 *   build's words, and each it names that the editor does not know (added since), whose draft
 *   state it cannot tell.
 * - A programme or scholarship saved as a draft: the build's message on each published vacancy
 *   that names it.
 */
export function referenceWarnings(
  collection: string,
  entry: EntryReferences,
  known: KnownEntries,
): string[] {
  if (collection === "vacancies") return vacancyWarnings(entry, known);
  const target = TARGETS.find(({ field }) => field === collection);
  if (!target || !entry.draft) return [];
  const referring = (known.vacancies ?? []).filter(
    (vacancy) => !vacancy.draft && vacancy[target.field]?.includes(entry.id),
  );
  // What else they name was published when the editor was built: that build passed.
  const named = (field: (typeof TARGETS)[number]["field"]) =>
    [...new Set(referring.flatMap((vacancy) => vacancy[field] ?? []))].map((id) => ({
      id,
      file: "",
      draft: field === target.field && id === entry.id,
    }));
  return publishedReferenceErrors(
    { vacancies: referring, programs: named("programs"), scholarships: named("scholarships") },
    false,
  );
}

function vacancyWarnings(vacancy: EntryReferences, known: KnownEntries): string[] {
  if (vacancy.draft) return [];
  const problems = TARGETS.flatMap(({ field, noun }) => {
    const ids = vacancy[field] ?? [];
    const entries = known[field] ?? [];
    const knownIds = new Set(entries.map((entry) => entry.id));
    const added = ids.filter((id) => !knownIds.has(id));
    const targets = referenceTargets(
      noun,
      [...entries, ...added.map((id) => ({ id, draft: false }))],
      false,
    );
    const unknown: EntryProblem[] = ids.flatMap((id, index) =>
      knownIds.has(id)
        ? []
        : [
            {
              field: `${field}[${index}]`,
              problem: `refers to the ${noun} "${id}", which was added after this editor was built, so it cannot tell whether that ${noun} is published. The build refuses a published vacancy that refers to a draft: turn that ${noun}'s Draft switch off first.`,
            },
          ],
    );
    return [...danglingReferences(field, ids, targets), ...unknown];
  });
  return problems.length ? [formatEntryError(vacancy.file, problems)] : [];
}
