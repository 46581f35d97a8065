// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

// `site` is the default public origin. `astro build --site … --base …` overrides both,
// which is how a deploy to a sub-path such as a GitHub project page is configured.
export default defineConfig({
  site: "https://medical-imaging.example.org",
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
});
