/** Site-wide settings. */

/** A deadline is "closing soon" when it is at most this many days away. */
export const CLOSING_SOON_DAYS = 14;

/**
 * `/vacancies/` shows every open position in full when there are at most `count` of them and their
 * advert texts (the Markdown or MDX after the front matter) hold at most `characters` together;
 * otherwise it lists their summaries. That keeps the page within its 50 KB (gzip) budget however
 * long the adverts are.
 */
export const FULL_DETAILS_MAX = { count: 5, characters: 20_000 } as const;

/** `/vacancies/` lists at most this many open positions; the rest are in `/vacancies/open/`. */
export const OPEN_ON_LIST_MAX = 50;

/** `/vacancies/` lists this many of the most recently closed positions. */
export const RECENT_PAST_ON_LIST = 10;

/** Positions per page of the paginated archives. */
export const ARCHIVE_PAGE_SIZE = 50;

/** The home page lists at most this many open positions, the soonest deadlines first. */
export const HOME_OPEN_MAX = 10;

/**
 * Search: a Pagefind index of the vacancy pages, built with the site, the page
 * /vacancies/search/ and a search box on /vacancies/. `false` leaves all three out.
 */
export const SEARCH_ENABLED = true;
/** The feed lists this many vacancies, the most recently posted first; the site keeps them all. */
export const FEED_MAX = 50;

/**
 * The editor at /admin/ commits to this GitHub repository (`owner/name`) and branch: change them to
 * the group's own. A build under GitHub Actions uses the repository it runs in instead. Editors
 * sign in with a GitHub token; for "Sign In with GitHub" instead, set `authenticator` to the
 * address of an OAuth client such as Sveltia CMS Authenticator (docs/editor.md).
 */
export const EDITOR_REPOSITORY = {
  repository: "example-group/vacancies",
  branch: "main",
  authenticator: "",
};
