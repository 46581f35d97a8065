/**
 * `npm run validate:html` (tools/validate-links.ts): whether every link within the built site
 * leads somewhere (src/checks/internal-links.ts). The site's address and base are read from the
 * home page's canonical link, so it checks a build made with any `--site` and `--base`.
 */
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brokenLinkMessage, brokenLinks } from "../../src/checks/internal-links";
import { announceOnGitHub } from "../../src/checks/workflow-commands";

/**
 * Checks the build in `dir`, reading entries from `root`; prints what it found and returns the
 * exit code: 1 when a link leads nowhere.
 */
export async function validateLinks(
  dir: string,
  root: string,
  { log, error }: { log: (text: string) => void; error: (text: string) => void },
): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html"));
  const pages = await Promise.all(
    files.sort().map(async (file) => ({
      file: file.split(path.sep).join("/"),
      html: await readFile(path.join(dir, file), "utf8"),
    })),
  );
  const home = pages.find((page) => page.file === "index.html");
  const canonical = home && /<link rel="canonical" href="([^"]+)"/.exec(home.html)?.[1];
  if (!canonical) {
    error(`${path.join(dir, "index.html")} has no canonical link to read the site's address from.`);
    return 1;
  }
  const { origin, pathname: base } = new URL(canonical);
  const broken = brokenLinks(pages, {
    site: origin,
    base,
    exists: (file) => existsSync(path.join(dir, file)),
  });
  const read = (file: string) => {
    try {
      return readFileSync(path.join(root, file), "utf8");
    } catch {
      return undefined;
    }
  };
  const messages = broken.map((link) => brokenLinkMessage(link, base, read));
  for (const message of messages) announceOnGitHub(message, root);
  if (messages.length) {
    error(`${messages.join("\n\n")}\n\n${messages.length} link(s) within the site lead nowhere.`);
    return 1;
  }
  log(`${pages.length} pages: every link within the site leads somewhere.`);
  return 0;
}
