import type { APIRoute } from "astro";
import { withBase } from "../routes";

/** Lets every crawler in and points it at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase("/sitemap-index.xml"), site ?? "http://localhost/").href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
