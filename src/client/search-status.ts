/**
 * The search page's status filter, on the visitor's clock. The index records each vacancy's
 * status at the build; a vacancy open then may have closed since. Pure: it takes Pagefind and the
 * instant, so tests can give it both.
 */
import type { SearchMeta } from "../lib/publishing/search-record";

/** The sort key of the index (CLOSES_SORT in search-record.ts, which the browser leaves out). */
export const CLOSES_SORT = "closes";

/** The part of Pagefind's browser API (pagefind.js) that the search page uses. */
export interface Pagefind {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: { title?: string } & Partial<SearchMeta> }>;
}

/** How many results' closing times are read at once, looking for the first still open. */
const BATCH = 5;

/**
 * The ids of a search's results that are open at `now` (milliseconds): open at the build, with no
 * deadline or one still to come (closed from the closing instant on, as deadlineStatus in
 * src/lib/deadlines/status.ts decides). A vacancy closed at the build stays closed. Undefined when
 * the search failed.
 *
 * The results open at the build are read soonest deadline first, so those that have closed since
 * come first (open until filled sorts last): their closing times are read a few at a time, up to
 * the first still open, which is usually the first of all.
 */
export async function openNow(
  pagefind: Pagefind,
  term: string | null,
  filters: Record<string, string>,
  now: number,
): Promise<Set<string> | undefined> {
  const found = await pagefind.search(term, {
    filters: { ...filters, status: "open" },
    sort: { [CLOSES_SORT]: "asc" },
  });
  if (!found) return undefined;
  const { results } = found;
  let closed = 0;
  while (closed < results.length) {
    const batch = results.slice(closed, closed + BATCH);
    const closes = await Promise.all(
      batch.map(async (result) => (await result.data()).meta.closes),
    );
    const open = closes.findIndex((instant) => !instant || now < Date.parse(instant));
    closed += open === -1 ? batch.length : open;
    if (open !== -1) break;
  }
  return new Set(results.slice(closed).map((result) => result.id));
}
