import type { APIRoute } from "astro";
import { EDITOR_CONFIG_PATH, EDITOR_SCRIPT_PATH, withBase } from "../../routes";

/**
 * The editor's own policy, separate from the public pages' (astro.config.mjs): the strictest
 * Sveltia CMS runs under. Its styles are inline; pictures and previews are data: and blob: URLs;
 * it talks to GitHub's API when signed in, shows GitHub avatars, and reads GitHub's status page to
 * warn of an outage. Its fonts are served from
 * here (the npm package bundles them), so nothing loads from a CDN, and the package's update
 * check against unpkg.com is off in the npm build, so unpkg is not allowed either.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** /admin/: the page that loads the editor. Not indexed, and not in the sitemap, feed or search. */
export const GET: APIRoute = () =>
  new Response(
    `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${EDITOR_POLICY}">
    <title>Vacancies editor</title>
    <link rel="cms-config-url" type="application/yaml" href="${withBase(EDITOR_CONFIG_PATH)}">
    <script type="module" src="${withBase(EDITOR_SCRIPT_PATH)}"></script>
  </head>
  <body></body>
</html>
`,
    { headers: { "Content-Type": "text/html; charset=utf-8" } },
  );
