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
