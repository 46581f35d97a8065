import { vacancyPath } from "../collections/vacancies";
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadCatalog } from "../data/catalog";
import { withBase } from "../lib/paths";

/** A feed with one item per published vacancy, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { vacancies, profile } = await loadCatalog();
  const items = vacancies
    .map(({ entry }) => entry)
    .sort((a, b) => b.data.datePosted.localeCompare(a.data.datePosted))
    .map((entry) => ({
      title: entry.data.title,
      link: withBase(vacancyPath(entry.id)),
      pubDate: new Date(`${entry.data.datePosted}T00:00:00Z`),
      description: entry.data.summary,
    }));
  return rss({
    title: `${profile.data.name}: vacancies`,
    description: `PhD positions in the ${profile.data.name}, ${profile.data.affiliation}.`,
    site: new URL(withBase("/"), site ?? "http://localhost/").href,
    items,
    customData: "<language>en-gb</language>",
  });
};
