import { readFile } from "node:fs/promises";

const UPDATED_TIME = /<meta\s+property="og:updated_time"\s+content="([^"]+)"/;

/**
 * The sitemap's `lastmod` for a built page: the `og:updated_time` the page declares in its head.
 * Pages take it from their entries, so the sitemap needs no reading of content of its own.
 * `url` is the page's absolute address; `base` the configured base path; `outDir` the build's
 * output folder. Pages that declare no time get none.
 */
export async function lastmodOfBuiltPage(
  url: string,
  outDir: URL,
  base: string,
): Promise<string | undefined> {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.slice(1);
  const file = new URL(
    `${relative}${relative === "" || relative.endsWith("/") ? "" : "/"}index.html`,
    outDir,
  );
  try {
    return UPDATED_TIME.exec(await readFile(file, "utf8"))?.[1];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
