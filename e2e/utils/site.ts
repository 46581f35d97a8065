import { readdirSync, readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/** The address that names nothing, for the site's own 404 page. */
export const NOT_FOUND_PATH = "/no-such-page/";

const locations = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

/** Every page path the sitemap lists, read the way a crawler would. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const sitemaps = locations(await (await request.get("/sitemap-index.xml")).text());
  const pages = await Promise.all(
    sitemaps.map(async (sitemap) => locations(await (await request.get(sitemap)).text())),
  );
  return pages.flat();
}

/**
 * Every page path in the sitemaps of the build under test, read from `dist/` when the spec files
 * load, so that each page can have tests of its own; `sitemapPaths` reads the served sitemap.
 */
export function builtSitemapPaths(): string[] {
  const dist = new URL("../../dist/", import.meta.url);
  return readdirSync(dist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .sort()
    .flatMap((file) => locations(readFileSync(new URL(file, dist), "utf8")));
}
