import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { yamlOf } from "./yaml-dates";

/**
 * The date each vacancy page last changed, for the sitemap's `lastmod`: its `datePosted`, read
 * from the front matter before Astro's content layer exists (the sitemap is configured in
 * astro.config.mjs). Drafts are skipped, as they are not built. The list pages take the newest.
 */
export function vacancyDates(vacanciesDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const file of readdirSync(vacanciesDir)) {
    if (!/\.mdx?$/.test(file)) continue;
    const source = readFileSync(path.join(vacanciesDir, file), "utf8");
    const data = (yaml.load(yamlOf(source, file)) ?? {}) as {
      datePosted?: unknown;
      draft?: unknown;
    };
    if (data.draft === true) continue;
    const posted =
      data.datePosted instanceof Date
        ? data.datePosted.toISOString().slice(0, 10)
        : String(data.datePosted ?? "");
    if (/^\d{4}-\d{2}-\d{2}$/.test(posted)) dates.set(file.replace(/\.mdx?$/, ""), posted);
  }
  return dates;
}

/**
 * `lastmod` for a page, given its URL path (with or without a base such as `/lab/`): a vacancy's
 * date for its own page, the newest date for the vacancies list, none for other pages.
 */
export function lastmodFor(
  pathname: string,
  dates: ReadonlyMap<string, string>,
): string | undefined {
  const vacancy = /\/vacancies\/([^/]+)\/$/.exec(pathname)?.[1];
  if (vacancy) return dates.get(vacancy);
  if (pathname.endsWith("/vacancies/")) return [...dates.values()].sort().at(-1);
  return undefined;
}
