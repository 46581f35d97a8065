/**
 * Static search with Pagefind: after `astro build`, indexes the vacancy pages in the output and
 * writes the index and Pagefind's browser code to `pagefind/` beside them; it also adds the
 * search page. Only the part of a page marked `data-pagefind-body` is indexed, so the header,
 * sidebar and footer are not.
 */
import { SEARCH_BUNDLE_PATH, SEARCH_PATH, VACANCIES_PATH } from "../routes";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

const SEARCH_BUNDLE = SEARCH_BUNDLE_PATH.slice(1);

export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        injectRoute({
          pattern: SEARCH_PATH,
          entrypoint: fileURLToPath(new URL("../pages/vacancies/_search.astro", import.meta.url)),
          prerender: true,
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(errors.join("\n"));
          // A vacancy's page is vacancies/<id>/index.html; the archives and the search page
          // there carry no data-pagefind-body, and Pagefind then skips them.
          const added = await index.addDirectory({
            path: fileURLToPath(dir),
            glob: `${VACANCIES_PATH.slice(1)}*/index.html`,
          });
          const written = await index.writeFiles({
            outputPath: fileURLToPath(new URL(SEARCH_BUNDLE, dir)),
          });
          const problems = [...added.errors, ...written.errors];
          if (problems.length) throw new Error(problems.join("\n"));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Indexed ${await indexedPages(dir)} page(s) for search in ${seconds} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** How many pages the written index holds, as Pagefind's entry file records them. */
async function indexedPages(dir: URL): Promise<number> {
  const entry = JSON.parse(
    await readFile(new URL(`${SEARCH_BUNDLE}pagefind-entry.json`, dir), "utf8"),
  ) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
