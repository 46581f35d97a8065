// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { SEARCH_ENABLED } from "./src/consts";
import { editorBundle } from "./src/integrations/editor-bundle";
import { searchIndex } from "./src/integrations/search-index";
import { zoneDataReport } from "./src/lib/deadlines/zone-rules";
import { mdxProcessor, sanitizedMarkdown } from "./src/lib/markdown/processor";
import { lastmodOfBuiltPage } from "./src/lib/publishing/sitemap-lastmod";

/**
 * Logs the IANA time-zone data that this build resolves and shows deadlines with: the newer of
 * Node's and the moment-timezone package's (src/lib/deadlines/zone-rules.ts). Zones change their
 * rules: data older than a change gets the affected deadlines wrong by the change's shift.
 * @type {import("astro").AstroIntegration}
 */
const timeZoneDataVersion = {
  name: "time-zone-data",
  hooks: {
    "astro:build:start": ({ logger }) => {
      logger.info(zoneDataReport());
    },
  },
};

/**
 * Gives plain Markdown vacancies a renderer that knows the site's base, so that a link written
 * from the site root (`[all vacancies](/vacancies/)`) works under a sub-path. The base is final
 * here: Astro has merged `--base` into the config before this hook runs.
 * @type {import("astro").AstroIntegration}
 */
const markdownUnderBase = {
  name: "markdown-under-base",
  hooks: {
    "astro:config:setup": ({ config, updateConfig }) => {
      updateConfig({ markdown: { processor: sanitizedMarkdown(config.base) } });
    },
  },
};

/** Where the build writes, and under which base: known once the config is resolved. */
const output = { dir: new URL("./dist/", import.meta.url), base: "/" };

// `site` is the default public origin. `astro build --site … --base …` overrides both,
// which is how a deploy to a sub-path such as a GitHub project page is configured.
export default defineConfig({
  site: "https://medical-imaging.example.org",
  trailingSlash: "always",
  // One request per page: the stylesheet is small enough to inline.
  build: { inlineStylesheets: "always" },
  // Astro hashes the scripts and styles it bundles into script-src and style-src; the layout adds
  // the hash of its inline theme script. Nothing else may run, and nothing loads from elsewhere.
  // Shiki colours code with inline style attributes, which that policy blocks; entries have no code
  // to colour.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
      ],
    },
  },
  // A plain Markdown vacancy is data: its text is sanitized like the Markdown fields.
  // `markdownUnderBase` replaces this processor with one for the base the site is built under.
  markdown: { processor: sanitizedMarkdown(), syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // How long plugins took says nothing a maintainer can act on, and a busy machine prints it.
        checks: { bundlerTimings: false },
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
    timeZoneDataVersion,
    markdownUnderBase,
    // MDX bodies are code: they keep Astro's own Markdown settings and processor, unsanitized,
    // with a table's column alignment as classes the policy allows, and the base in front of a
    // Markdown link by site path, as in plain Markdown (src/lib/markdown/processor.ts).
    mdx({
      extendMarkdownConfig: false,
      syntaxHighlight: false,
      processor: mdxProcessor(() => output.base),
    }),
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
    ...(SEARCH_ENABLED ? [searchIndex()] : []),
    editorBundle(),
  ],
});
