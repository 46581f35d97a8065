// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { sanitizedMarkdown } from "./src/lib/markdown-processor";
import { lastmodOfBuiltPage } from "./src/lib/sitemap-lastmod";

/** Where the build writes, and under which base: known once the config is resolved. */
const output = { dir: new URL("./dist/", import.meta.url), base: "/" };

// `site` is the default public origin. `astro build --site … --base …` overrides both,
// which is how a deploy to a sub-path such as a GitHub project page is configured.
export default defineConfig({
  site: "https://medical-imaging.example.org",
  trailingSlash: "always",
  // One request per page: the stylesheet is small enough to inline.
  build: { inlineStylesheets: "always" },
  // A plain Markdown vacancy is data: its text is sanitized like the Markdown fields.
  markdown: { processor: sanitizedMarkdown },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each MDX content entry with a "use astro:head-inject" directive that the
          // bundler warns about, once per .mdx file. It is harmless and known upstream
          // (withastro/astro issue 18087, open); every other warning still shows.
          if (
            warning.code === "MODULE_LEVEL_DIRECTIVE" &&
            warning.message.includes('"use astro:head-inject"')
          ) {
            return;
          }
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // MDX bodies are code: they keep Astro's own Markdown settings, unsanitized.
    mdx({ extendMarkdownConfig: false }),
    {
      name: "build-output",
      hooks: {
        "astro:config:done": ({ config }) => {
          output.dir = config.outDir;
          output.base = config.base;
        },
      },
    },
    sitemap({
      async serialize(item) {
        const lastmod = await lastmodOfBuiltPage(item.url, output.dir, output.base);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
});
