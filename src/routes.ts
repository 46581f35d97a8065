/**
 * Every address of the site, from the site root, and the one helper that puts the configured
 * `base` in front of them. This module imports no schema, so the config and the integrations can
 * use it without loading the collections.
 */

/**
 * A site-internal path with the configured `base` in front, so every link works when the site is
 * deployed under a sub-path (`astro build --base /lab/`). `path` is written from the site root:
 * `withBase("/vacancies/")` → `/lab/vacancies/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  const suffix = path.startsWith("/") ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** The list of vacancies, programmes and scholarships. */
export const VACANCIES_PATH = "/vacancies/";

/** A vacancy's own page. */
export const vacancyPath = (id: string) => `${VACANCIES_PATH}${id}/`;

/** A vacancy's social card, the picture shown where its page is shared (see src/data/social-card.ts). */
export const vacancyCardPath = (id: string) => `${vacancyPath(id)}card.png`;

/** The search page, with its filters. */
export const SEARCH_PATH = `${VACANCIES_PATH}search/`;

/** Where the search index and Pagefind's browser code are written in the output. */
export const SEARCH_BUNDLE_PATH = "/pagefind/";

/** The paginated archive of open or past positions: its first page, or page `n`. */
export const archivePath = (archive: "open" | "past", page = 1) =>
  `${VACANCIES_PATH}${archive}/${page > 1 ? `${page}/` : ""}`;

/**
 * Names a vacancy file may not take: their addresses under /vacancies/ belong to the archives
 * and the search page.
 */
export const RESERVED_VACANCY_IDS = ["open", "past", "search"] as const;

/** Programmes have no page of their own: they are shown, with their deadlines, on the list. */
export const programPath = () => VACANCIES_PATH;

/** The RSS feed of vacancies. */
export const FEED_PATH = "/rss.xml";

/** The calendar of every deadline, which applicants subscribe to. */
export const DEADLINES_CALENDAR_PATH = "/deadlines.ics";

/** One deadline's own calendar file, which "Add to calendar" downloads. */
export const deadlineCalendarPath = (deadlineId: string) => `/deadlines/${deadlineId}.ics`;

/**
 * The deadlines calendar's addresses for `site`: `webcal:` asks the visitor's calendar app to
 * subscribe, where `https:` would import a copy once; calendars that subscribe by address, such
 * as Google Calendar's "From URL", take the `https:` one.
 */
export function deadlinesSubscription(site: URL | undefined): { webcal: string; https: string } {
  const calendar = new URL(withBase(DEADLINES_CALENDAR_PATH), site);
  return { webcal: `webcal://${calendar.host}${calendar.pathname}`, https: calendar.href };
}

/** The editor (Sveltia CMS), its configuration written from the schemas, and its script. */
export const EDITOR_PATH = "/admin/";
export const EDITOR_CONFIG_PATH = `${EDITOR_PATH}config.yml`;
export const EDITOR_SCRIPT_PATH = `${EDITOR_PATH}editor.js`;
