/**
 * Links within the built site that lead nowhere: an address under the site's base (on its host) that
 * names no file of the build, or a `#fragment` that names no element of its page. A vacancy's text may link
 * to the site's pages by path (`/vacancies/phd-in-mri/`), and a page that was renamed or deleted
 * since leaves such a link behind. `npm run validate:html` runs it on the build
 * (tools/validate-links.ts). Pure: it reads pages' HTML and entries' text, given as text.
 */
import { formatEntryError } from "./messages";
import { bodyField, BODY_FIELD } from "./entry";
import { VACANCIES } from "../collections/vacancies";
import { VACANCIES_PATH } from "../routes";

/** A built page: its file in the output folder (`vacancies/index.html`) and its HTML. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** A link that leads nowhere: the address as written, why, and the pages that hold it. */
export interface BrokenLink {
  address: string;
  /** Why: no such page or file, or no such element on that page. */
  problem: string;
  pages: string[];
}

/** Every address a page points at: href, src, srcset candidates and URL-valued metas. */
export function addressesIn(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
  const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
    match[1]!.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!),
  );
  const metas = [...html.matchAll(/<meta[^>]+content="(https?:[^"]+)"/g)].map((match) => match[1]!);
  return [...attributes, ...srcsets, ...metas].map(decodeEntities);
}

/** The ids of a page's elements, which its `#fragment` links may name. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
}

/**
 * The file of the output folder that a path serves (`index.html` for a folder's address), or
 * undefined for a path outside the base.
 */
export function fileFor(pathname: string, base: string): string | undefined {
  const root = base.endsWith("/") ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const inside = safeDecode(pathname.slice(root.length));
  return inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
}

/**
 * The links of `pages` to the site (`site`, under `base`) that lead nowhere. `exists` says whether
 * a file of the output folder is there: a page among `pages`, or any other file (a picture, the
 * feed). Each broken address is reported once, with every page that holds it.
 */
export function brokenLinks(
  pages: readonly BuiltPage[],
  { site, base, exists }: { site: string; base: string; exists: (file: string) => boolean },
): BrokenLink[] {
  const origin = new URL(site).origin;
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsIn(byFile.get(file)?.html ?? ""));
    return ids.get(file)!;
  };
  const broken = new Map<string, BrokenLink>();
  for (const page of pages) {
    const pageUrl = new URL(
      `${base.replace(/\/?$/, "/")}${page.file.replace(/index\.html$/, "")}`,
      origin,
    );
    for (const address of new Set(addressesIn(page.html))) {
      let url: URL;
      try {
        url = new URL(address, pageUrl);
      } catch {
        continue;
      }
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      const file = fileFor(url.pathname, base);
      // Outside the base is another site on the same host: a GitHub project page shares its host
      // with the owner's other pages.
      if (file === undefined) continue;
      const problem =
        !byFile.has(file) && !exists(file) && !exists(`${file}/index.html`)
          ? "names no page or file of the site"
          : url.hash && byFile.has(file) && !idsOf(file).has(safeDecode(url.hash.slice(1)))
            ? `names no part of that page (no element has the id "${safeDecode(url.hash.slice(1))}")`
            : undefined;
      if (!problem) continue;
      // One report for an address as written, wherever it stands: a vacancy shown in full on the
      // list page holds the same link as its own page.
      const key = `${address}\n${problem}`;
      const known = broken.get(key);
      if (known) known.pages.push(page.file);
      else broken.set(key, { address, problem, pages: [page.file] });
    }
  }
  return [...broken.values()];
}

/**
 * The message for a broken link. A link in a vacancy's own page is the vacancy's text: the
 * message names its entry and the line that writes the address (from the site root, without the
 * base), as the build names an entry's problems. `read` gives an entry file's text, or undefined
 * when there is no such file. Any other link is the site's own.
 */
export function brokenLinkMessage(
  link: BrokenLink,
  base: string,
  read: (file: string) => string | undefined,
): string {
  const page = new RegExp(`^${VACANCIES_PATH.slice(1)}([a-z0-9-]+)/index\\.html$`);
  const prefix = base.replace(/\/?$/, "/");
  const written = link.address.startsWith(prefix)
    ? `/${link.address.slice(prefix.length)}`
    : link.address;
  for (const id of link.pages.map((file) => page.exec(file)?.[1])) {
    if (!id) continue;
    for (const extension of VACANCIES.extensions) {
      const file = `${VACANCIES.folder}/${id}${extension}`;
      const text = read(file);
      if (text === undefined) continue;
      const line = text
        .split("\n")
        .findIndex((row) => row.includes(`(${written}`) || row.includes(`: ${written}`));
      return formatEntryError(file, [
        {
          field: line >= 0 ? bodyField(1, line + 1) : BODY_FIELD,
          problem: `links to ${JSON.stringify(written)}, which ${link.problem}. Correct the link, or remove it.`,
        },
      ]);
    }
  }
  const others = link.pages.length - 1;
  return `${link.pages[0]} links to ${JSON.stringify(link.address)}, which ${link.problem}${others ? ` (so do ${others} other page${others === 1 ? "" : "s"})` : ""}. The link is the site's own: correct it in src/.`;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
