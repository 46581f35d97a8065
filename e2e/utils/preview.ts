import path from "node:path";
import { preview } from "vite";

/** A built copy of the site, served for a test. */
export interface ServedCopy {
  /** The site's address, with its base and a trailing slash. */
  address: string;
  close(): Promise<void>;
}

/**
 * Serves the `dist/` of a copy built by `buildCopy` on a port the system picks, so that it can run
 * beside the suite's own server and other workers' copies.
 */
export async function serveCopy(dir: string, base = "/"): Promise<ServedCopy> {
  const server = await preview({
    configFile: false,
    root: dir,
    base,
    appType: "mpa",
    logLevel: "silent",
    build: { outDir: path.join(dir, "dist") },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  return {
    address: server.resolvedUrls!.local[0]!,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  };
}
