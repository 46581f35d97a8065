import type { APIRequestContext } from "@playwright/test";

/** Every page path the sitemap lists, read the way a crawler would. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locations = async (path: string) => {
    const xml = await (await request.get(path)).text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  };
  const sitemaps = await locations("/sitemap-index.xml");
  return (await Promise.all(sitemaps.map(locations))).flat();
}
