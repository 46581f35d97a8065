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

/** The RSS feed of vacancies. */
export const FEED_PATH = "/rss.xml";

/** The calendar of every deadline, which applicants subscribe to. */
export const DEADLINES_CALENDAR_PATH = "/deadlines.ics";

/**
 * The deadlines calendar's addresses for `site`: `webcal:` asks the visitor's calendar app to
 * subscribe, where `https:` would import a copy once; calendars that subscribe by address, such
 * as Google Calendar's "From URL", take the `https:` one.
 */
export function deadlinesSubscription(site: URL | undefined): { webcal: string; https: string } {
  const calendar = new URL(withBase(DEADLINES_CALENDAR_PATH), site);
  return { webcal: `webcal://${calendar.host}${calendar.pathname}`, https: calendar.href };
}
