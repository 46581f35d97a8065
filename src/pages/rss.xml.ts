import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { FEED_MAX } from "../consts";
import { loadCatalog } from "../data/catalog";
import { vacancyFeed } from "../lib/publishing/feed";
import { FEED_PATH, vacancyPath, withBase } from "../routes";

/** A feed of the most recently posted vacancies, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { vacancies, profile } = await loadCatalog();
  const origin = site ?? new URL("http://localhost/");
  return rss(
    vacancyFeed({
      title: `${profile.data.name}: vacancies`,
      description: `PhD positions in the ${profile.data.name}, ${profile.data.affiliation}.`,
      site: new URL(withBase("/"), origin).href,
      self: new URL(withBase(FEED_PATH), origin).href,
      vacancies: vacancies.map(({ entry, programs }) => ({
        title: entry.data.title,
        summary: entry.data.summary,
        datePosted: entry.data.datePosted,
        link: withBase(vacancyPath(entry.id)),
        programmes: programs.map((program) => program.data.name),
      })),
      limit: FEED_MAX,
    }),
  );
};
