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
