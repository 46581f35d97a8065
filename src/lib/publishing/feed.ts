import type { RSSFeedItem, RSSOptions } from "@astrojs/rss";
import XMLBuilder from "fast-xml-builder";

/** One vacancy as the feed shows it. */
export interface FeedVacancy {
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  datePosted: string;
  /** Its page, from the site root with the base. */
  link: string;
  /** The names of the programmes applicants apply through. */
  programmes: readonly string[];
}

export interface FeedOptions {
  title: string;
  description: string;
  /** The site's home page, absolute: the feed's `<link>`, against which item links resolve. */
  site: string;
  /** The feed's own absolute address, for `atom:link rel="self"`. */
  self: string;
  vacancies: readonly FeedVacancy[];
  /** How many of the most recently posted vacancies the feed lists. */
  limit: number;
}

/**
 * The vacancies feed, for `@astrojs/rss`: the `limit` most recently posted vacancies (ties by
 * title, so the order never depends on the order files were read), each with its summary and its
 * programmes as categories. It names its own address with `atom:link rel="self"`, as the RSS
 * Advisory Board recommends, so a reader that was handed a copy knows where to fetch it again.
 */
export function vacancyFeed(options: FeedOptions): RSSOptions {
  const items: RSSFeedItem[] = [...options.vacancies]
    .sort((a, b) => b.datePosted.localeCompare(a.datePosted) || a.title.localeCompare(b.title))
    .slice(0, options.limit)
    .map((vacancy) => ({
      title: vacancy.title,
      link: vacancy.link,
      pubDate: new Date(`${vacancy.datePosted}T00:00:00Z`),
      description: vacancy.summary,
      categories: [...vacancy.programmes],
    }));
  return {
    title: options.title,
    description: options.description,
    site: options.site,
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true }).build({
      language: "en-gb",
      "atom:link": { "@_href": options.self, "@_rel": "self", "@_type": "application/rss+xml" },
    }) as string,
    items,
  };
}
