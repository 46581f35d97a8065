/**
 * `npm run preview [-- --host 127.0.0.1] [--port 4321]`: serves `dist/` with Vite's preview
 * server, answering addresses the way GitHub Pages does. `astro preview` does not: with
 * `trailingSlash: "always"` it answers `/vacancies` and `/404` with a bare "Not Found" page of its
 * own, and Vite plugins cannot change that, as `astro preview` drops them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { preview, type Plugin } from "vite";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, "dist");

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The file a request path names inside `root`, or `undefined` when it names none there. */
function fileInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, decoded);
  return file.startsWith(root + path.sep) || file === root ? file : undefined;
}

/**
 * A folder's address without its slash redirects to the one with it, and an address that names
 * nothing gets `404.html` with status 404, as on GitHub Pages. Everything else Vite serves.
 */
function likeGitHubPages(root: string): Plugin {
  const notFoundPage = path.join(root, "404.html");
  return {
    name: "like-github-pages",
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const { pathname, search } = new URL(request.url ?? "/", "http://preview");
        const file = fileInside(root, pathname);
        if (file === undefined) return next();
        const index = path.join(file, "index.html");
        if (pathname.endsWith("/") ? isFile(index) : isFile(file)) return next();
        if (!pathname.endsWith("/") && isFile(index)) {
          response.writeHead(301, { Location: `${pathname}/${search}` }).end();
        } else if (isFile(notFoundPage)) {
          response
            .writeHead(404, { "Content-Type": "text/html; charset=utf-8" })
            .end(request.method === "HEAD" ? undefined : readFileSync(notFoundPage));
        } else {
          next();
        }
      });
    },
  };
}

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "localhost" },
    port: { type: "string", default: "4321" },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port needs a port number, not ${values.port}.`);
  process.exit(1);
}
if (!existsSync(DIST)) {
  console.error("There is no dist/ to serve: run `npm run build` first.");
  process.exit(1);
}

const server = await preview({
  configFile: false,
  root: ROOT,
  appType: "mpa",
  build: { outDir: DIST },
  // A port taken by another server is an error, so that nobody tests that server by mistake.
  preview: { host: values.host, port, strictPort: true },
  plugins: [likeGitHubPages(DIST)],
});
server.printUrls();
