/**
 * A small static server for the built site, standing in for the real host (GitHub Pages) so that
 * Lighthouse measures what visitors get: correct content types, gzip when the client accepts it,
 * `index.html` for a directory, a redirect from `/dir` to `/dir/`, and `404.html` with status 404
 * for anything else. It listens on loopback only.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xsl": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".pdf": "application/pdf",
};

/** Types worth compressing; images and fonts are compressed already. */
function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/.test(contentType);
}

/** Below this size gzip costs more than it saves, so hosts send such files as they are. */
const MIN_GZIP_BYTES = 1024;

/** GitHub Pages, where the site is deployed, caches every file for ten minutes. */
const CACHE_CONTROL = "max-age=600";

export interface StaticServer {
  /** The server's origin, such as `http://127.0.0.1:43123`. */
  origin: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or `undefined` if it would leave `root`. */
function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = path.join(root, path.normalize(decoded));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** Sends `body`, gzipped when the client accepts it and the type is worth compressing. */
async function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
): Promise<void> {
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  let body = await readFile(file);
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Cache-Control": CACHE_CONTROL,
  };
  if (isCompressible(contentType)) {
    headers["Vary"] = "Accept-Encoding";
    const accepted = request.headers["accept-encoding"] ?? "";
    if (body.length >= MIN_GZIP_BYTES && /\bgzip\b/i.test(accepted)) {
      body = await gzip(body);
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  const file = resolveInside(root, url.pathname);
  if (file !== undefined) {
    if (url.pathname.endsWith("/")) {
      const index = path.join(file, "index.html");
      if (await isFile(index)) return send(request, response, 200, index);
    } else if (await isFile(file)) {
      return send(request, response, 200, file);
    } else if (await isFile(path.join(file, "index.html"))) {
      // As GitHub Pages does: a directory without its slash redirects to the one with it.
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  }
  const notFound = path.join(root, "404.html");
  if (await isFile(notFound)) return send(request, response, 404, notFound);
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  if (!(await isDirectory(absoluteRoot))) throw new Error(`There is no folder ${absoluteRoot}.`);
  const server: Server = createServer((request, response) => {
    handle(absoluteRoot, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(`Internal error: ${(error as Error).message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Chrome may hold keep-alive connections open; close() waits for them otherwise.
        server.closeAllConnections();
      }),
  };
}
