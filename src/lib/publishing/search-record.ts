/**
 * What the search index holds about a vacancy besides its text: the values its filters narrow
 * by, the key its results sort by, and the facts a result shows. Pagefind reads them from
 * `data-pagefind-*` attributes on the vacancy's page (SearchRecord.astro).
 */

import type { FundingRoute } from "../../collections/scholarships";
import { STATUS_LABELS, type DeadlineStatus } from "../deadlines/status";

/** The filters of the search page, by the name the index stores them under. */
export const SEARCH_FILTERS = ["status", "programme", "topic", "funding"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** How each funding route reads in the funding filter. */
export const FUNDING_LABELS: Record<FundingRoute, string> = {
  automatic: "Scholarship considered with the application",
  "additional-application": "Scholarship with an application of its own",
  cdt: "Centre for Doctoral Training studentship",
};

/** The sort key: when applications close. */
export const CLOSES_SORT = "closes";

/**
 * The sort key of a vacancy that is open until filled. Pagefind leaves a page without the key
 * out of sorted results, so such a vacancy gets a key that sorts after every real deadline
 * (keys are compared as text, and ISO instants in UTC sort in time order).
 */
export const OPEN_UNTIL_FILLED_SORT = "9999-12-31T23:59:59Z";

/** The facts a search result shows, stored with the page in the index. */
export interface SearchMeta {
  /** The closing instant (ISO, UTC); none when open until filled. */
  closes?: string;
  /** The closing time in words, in the deadline's own zone. */
  deadline: string;
  /** The status at build time, as shown; the visitor's browser brings it up to date. */
  status: string;
  summary: string;
}

export interface SearchRecord {
  filters: Record<SearchFilter, string[]>;
  sort: Record<typeof CLOSES_SORT, string>;
  meta: SearchMeta;
}

export interface SearchableVacancy {
  summary: string;
  topics: readonly string[];
  programmes: readonly string[];
  fundingRoutes: readonly FundingRoute[];
  /** Its state at the build's now. */
  status: DeadlineStatus;
  /** The deadline that closes it, and the same in words; none means open until filled. */
  closes: { instant: string; inWords: string } | undefined;
}

/**
 * The record of one vacancy. Its status is the one at build time: the search page (and each
 * result's badge) works out the current one from `meta.closes` on the visitor's clock.
 */
export function searchRecord(vacancy: SearchableVacancy): SearchRecord {
  const unique = (values: readonly string[]) => [...new Set(values)];
  return {
    filters: {
      status: [vacancy.status === "closed" ? "closed" : "open"],
      programme: unique(vacancy.programmes),
      topic: unique(vacancy.topics),
      funding: unique(vacancy.fundingRoutes.map((route) => FUNDING_LABELS[route])),
    },
    sort: { [CLOSES_SORT]: vacancy.closes?.instant ?? OPEN_UNTIL_FILLED_SORT },
    meta: {
      ...(vacancy.closes && { closes: vacancy.closes.instant }),
      deadline: vacancy.closes?.inWords ?? "Open until filled",
      status: STATUS_LABELS[vacancy.status],
      summary: vacancy.summary,
    },
  };
}
