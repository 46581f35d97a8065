/**
 * The id of a deadline, stable across builds: its owner's id and its local date and time, which
 * the schema keeps unique within an owner. `dphil-engineering-science-2025-12-02t1200`.
 */
export function deadlineId(ownerId: string, localDateTime: string): string {
  return `${ownerId}-${localDateTime.toLowerCase().replace(/[^0-9a-z]/g, "")}`;
}

/**
 * The deadline that closes a vacancy: its own when it has one, else the latest deadline of the
 * programmes it refers to. None means the vacancy is open until filled.
 */
export function closingDeadline<Deadline extends { instant: string }>(
  own: Deadline | undefined,
  programDeadlines: readonly Deadline[],
): Deadline | undefined {
  if (own) return own;
  return programDeadlines.reduce<Deadline | undefined>(
    (latest, deadline) =>
      !latest || Date.parse(deadline.instant) > Date.parse(latest.instant) ? deadline : latest,
    undefined,
  );
}

/**
 * The latest of a vacancy's programme deadlines when every one of them has passed at `now`, for
 * a vacancy that is still open: applicants are told it is open but cannot apply through any
 * programme it names, which usually means the programmes still carry last year's deadlines.
 * Undefined when the vacancy is closed, has no programme deadlines, or one is still ahead.
 */
export function allProgrammeDeadlinesPassed<Deadline extends { instant: string }>(
  vacancyIsOpen: boolean,
  programDeadlines: readonly Deadline[],
  now: Date,
): Deadline | undefined {
  if (!vacancyIsOpen || programDeadlines.length === 0) return undefined;
  if (programDeadlines.some(({ instant }) => Date.parse(instant) > now.getTime())) return undefined;
  return closingDeadline(undefined, programDeadlines);
}

/** What ordering needs to know of a vacancy. */
export interface Orderable {
  /** ISO instant it closes; none for open until filled. */
  closes: string | undefined;
  datePosted: string;
  title: string;
}

const closesAt = (item: Orderable) => (item.closes ? Date.parse(item.closes) : Infinity);

/** Open positions: the soonest deadline first, open-until-filled last, then the newest. */
export function soonestClosingFirst(a: Orderable, b: Orderable): number {
  return (
    closesAt(a) - closesAt(b) ||
    b.datePosted.localeCompare(a.datePosted) ||
    a.title.localeCompare(b.title)
  );
}

/** Past positions: the most recently closed first. */
export function mostRecentlyClosedFirst(a: Orderable, b: Orderable): number {
  return (
    closesAt(b) - closesAt(a) ||
    b.datePosted.localeCompare(a.datePosted) ||
    a.title.localeCompare(b.title)
  );
}
