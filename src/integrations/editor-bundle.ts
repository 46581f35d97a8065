/**
 * The editor's script: after `astro build`, bundles src/client/editor.ts (Sveltia CMS and the
 * schemas with their checks) into `admin/` on its own, so that no public page shares a chunk with
 * it or changes by a byte. The bundle depends only on its sources, the lock file and the base, so
 * it is kept in node_modules/.cache/ and copied while they do not change. The cache sits beside
 * the installed packages, so the tests' copies of the site, which link them, share it.
 */
import { cp, readFile, readdir, realpath, rename, rm, stat, utimes } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { build, type Connect, type Plugin } from "vite";
import { sourcesDigest } from "../checks/source-digest";
import { EDITOR_PATH, EDITOR_SCRIPT_PATH, withBase } from "../routes";

const ENTRY = "src/client/editor.ts";
const SOURCES = [
  "src/client/editor.ts",
  "src/integrations/editor-bundle.ts",
  "src/collections",
  "src/checks",
  "src/lib",
  "src/routes.ts",
  "tsconfig.json",
];

/** A font Sveltia CMS would load from jsdelivr: its family and file. */
const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Points Sveltia's font faces at the copies of its fonts that its npm package bundles, so that the
 * editor loads nothing from a CDN and shows its icons offline. A font with no copy stops the build.
 */
function selfHostedFonts(base: string): Plugin {
  return {
    name: "self-hosted-fonts",
    generateBundle(_, bundle) {
      const fonts = Object.values(bundle).filter(
        (file) => file.type === "asset" && file.fileName.endsWith(".woff2"),
      );
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        chunk.code = chunk.code.replace(CDN_FONT, (url, family: string, file: string) => {
          const font = fonts.find((asset) =>
            path.basename(asset.fileName).startsWith(`${family}-${file}-`),
          );
          if (!font) this.error(`The editor's bundle has no copy of ${url}`);
          return withBase(`${EDITOR_PATH}${font.fileName}`, base);
        });
      }
    },
  };
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Removes bundles not built for a week, and halves left by a build that stopped, an hour on. A
 * bundle another build is copying now is younger than that.
 */
async function pruneCache(folder: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(folder)) {
    const entry = path.join(folder, name);
    const age = now - (await stat(entry)).mtimeMs;
    if (age > (name.endsWith(".tmp") ? 3600 * 1000 : WEEK_MS)) {
      await rm(entry, { recursive: true, force: true });
    }
  }
}

/**
 * The folder holding the editor's bundle for these sources, packages and base: the cached one, or
 * one built now. Builds of the same bundle in this process share one run.
 */
async function bundleFolder(
  root: string,
  base: string,
): Promise<{ folder: string; built: boolean }> {
  const packages = path.resolve(
    await realpath(path.join(root, "node_modules/@sveltia/cms")),
    "../..",
  );
  // What the bundle is made of: its sources, the installed packages and the base.
  const digest = await sourcesDigest(root, {
    sources: SOURCES,
    records: [path.join(packages, ".package-lock.json"), "package-lock.json", "package.json"],
    extra: base,
  });
  const cache = path.join(packages, ".cache/editor-bundle", digest.slice(0, 16));
  if (existsSync(cache)) {
    // A bundle in use stays young, so that pruning leaves it.
    await utimes(cache, new Date(), new Date());
    return { folder: cache, built: false };
  }
  let running = building.get(cache);
  if (!running) {
    running = buildInto(cache, root, base).finally(() => building.delete(cache));
    building.set(cache, running);
  }
  await running;
  return { folder: cache, built: true };
}

const building = new Map<string, Promise<void>>();

async function buildInto(cache: string, root: string, base: string): Promise<void> {
  // Built aside and renamed into place, so that a build running beside this one never copies half
  // a bundle.
  const partial = `${cache}.${process.pid}.tmp`;
  await build({
    configFile: false,
    root,
    base: withBase(EDITOR_PATH, base),
    logLevel: "warn",
    publicDir: false,
    plugins: [selfHostedFonts(base)],
    build: {
      outDir: partial,
      emptyOutDir: true,
      copyPublicDir: false,
      modulePreload: false,
      chunkSizeWarningLimit: 8_000,
      reportCompressedSize: false,
      rolldownOptions: {
        // How long plugins took says nothing a maintainer can act on; a busy machine printed it.
        checks: { bundlerTimings: false },
        input: path.join(root, ENTRY),
        output: {
          entryFileNames: path.basename(EDITOR_SCRIPT_PATH),
          chunkFileNames: "chunks/[name]-[hash].js",
          assetFileNames: "assets/[name]-[hash][extname]",
        },
      },
    },
  });
  await rename(partial, cache).catch(async (error: NodeJS.ErrnoException) => {
    if (!existsSync(cache)) throw error;
    await rm(partial, { recursive: true, force: true });
  });
  await pruneCache(path.dirname(cache));
}

/** The types of the files a bundle holds. */
const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Under `npm run dev`: `/admin/` is the editor's page (Astro serves it at /admin/index.html), and
 * its script, chunks and fonts come from the bundle the build would copy, made again when its
 * sources change, so a schema edited while the server runs reaches the form on the next load.
 */
function serveInDevelopment(
  root: string,
  base: string,
  logger: AstroIntegrationLogger,
): Connect.NextHandleFunction {
  // Astro's own middleware has taken the base off the address by the time this one runs: under
  // --base /lab/, /lab/admin/editor.js arrives as /admin/editor.js.
  const page = EDITOR_PATH;
  const script = EDITOR_SCRIPT_PATH;
  let folder: string | undefined;
  return (request, response, next) => {
    const address = (request.url ?? "").split(/[?#]/)[0] ?? "";
    if (!address.startsWith(page)) return next();
    const file = address.slice(page.length);
    if (file === "") {
      request.url = `${page}index.html`;
      return next();
    }
    const isEntry = address === script;
    if (!isEntry && !/^(chunks|assets)\/[\w-]+(?:\.[\w-]+)*$/.test(file)) return next();
    const serve = async () => {
      if (isEntry || !folder) {
        const started = performance.now();
        const bundle = await bundleFolder(root, base);
        folder = bundle.folder;
        if (bundle.built) logger.info(`Built the editor's script in ${seconds(started)} s`);
      }
      const found = path.join(folder, file);
      if (!existsSync(found)) return next();
      response.setHeader(
        "Content-Type",
        CONTENT_TYPES[path.extname(found)] ?? "application/octet-stream",
      );
      response.setHeader("Cache-Control", "no-cache");
      response.end(await readFile(found));
    };
    serve().catch(next);
  };
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

export function editorBundle(): AstroIntegration {
  let root = "";
  let base = "/";
  return {
    name: "editor-bundle",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      "astro:server:setup": ({ server, logger }) => {
        server.middlewares.use(serveInDevelopment(root, base, logger));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const { folder, built } = await bundleFolder(root, base);
        await cp(folder, path.join(fileURLToPath(dir), EDITOR_PATH), { recursive: true });
        logger.info(
          `${built ? "Built" : "Copied"} the editor's script into ${EDITOR_PATH} in ${seconds(started)} s`,
        );
      },
    },
  };
}
