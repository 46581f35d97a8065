// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { lastmodFor, vacancyDates } from "./src/lib/sitemap-dates";

/**
 * Logs the IANA time-zone data that this build's Node carries. Every deadline's local time becomes
 * an instant with these rules, and zones change their rules: data older than a change gets the
 * affected deadlines wrong by the change's shift.
 * @type {import("astro").AstroIntegration}
 */
const timeZoneDataVersion = {
  name: "time-zone-data",
  hooks: {
    "astro:build:start": ({ logger }) => {
      logger.info(`IANA time-zone data ${process.versions.tz} (Node ${process.version})`);
    },
  },
};

const dates = vacancyDates(new URL("./src/content/vacancies/", import.meta.url).pathname);

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
  markdown: { syntaxHighlight: false },
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
  integrations: [
    timeZoneDataVersion,
    mdx(),
    sitemap({
      serialize(item) {
        const lastmod = lastmodFor(new URL(item.url).pathname, dates);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
});
