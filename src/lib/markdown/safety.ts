import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const ALLOWED_URL_PROTOCOLS = ["https:", "http:", "mailto:"];

/**
 * True for a full address a visitor may follow: `https:`, `http:` or `mailto:` with an address.
 * WHATWG URL parsing drops tabs and line breaks and lower-cases the scheme, as browsers do, so
 * `JavaScript:` and `java\nscript:` are caught.
 */
export function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (!ALLOWED_URL_PROTOCOLS.includes(url.protocol)) return false;
    return url.protocol === "mailto:" ? url.pathname.includes("@") : url.hostname !== "";
  } catch {
    return false;
  }
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown as the site's renderer reads it: CommonMark with GitHub's extensions. */
export function parseMarkdown(source: string): Root {
  return parser.parse(source);
}

export interface MarkdownRules {
  /**
   * A page's own text (a vacancy's Markdown body) may show images and link to other pages of
   * the site by path. A field's short Markdown may do neither.
   */
  page: boolean;
}

/**
 * What makes Markdown from an entry unsafe or unpublishable, one sentence each: raw HTML, and
 * links (inline, reference, autolink or bare) to anything but a full `https:`, `http:` or
 * `mailto:` address; in a field, images and site paths too; in a page, images from elsewhere,
 * which the Content-Security-Policy blocks. It reads the parsed tree, so
 * entity-encoded schemes and reference definitions are seen as the browser would see them.
 */
export function markdownProblems(source: string, rules?: MarkdownRules): string[] {
  return locatedMarkdownProblems(source, rules).map(({ problem }) => problem);
}

/** `markdownProblems`, each with the line of `source` (from 1) it is on. */
export function locatedMarkdownProblems(
  source: string,
  { page }: MarkdownRules = { page: false },
): { problem: string; line: number }[] {
  const problems: { problem: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    const report = (problem: string) =>
      problems.push({ problem, line: node.position?.start.line ?? 1 });
    switch (node.type) {
      case "html":
        report(
          `contains HTML (${JSON.stringify(abbreviate(node.value))}), which is not allowed here; write Markdown, such as [text](https://example.org/) for a link${page ? ". Make it an .mdx file if the page needs HTML" : ""}`,
        );
        break;
      case "image":
      case "imageReference": {
        if (!page) {
          report("contains an image, which is not allowed here; link to it instead");
          break;
        }
        const url = node.type === "image" ? node.url : definitions.get(node.identifier);
        if (url !== undefined && !isLocalImage(url)) {
          report(
            `shows the image ${JSON.stringify(url)} from elsewhere, which the site's Content-Security-Policy (img-src 'self') would block, leaving a broken image; save the picture beside the entry and write ![what it shows](./picture.png)`,
          );
        }
        break;
      }
      case "link":
      case "definition": {
        // A definition may give an image reference its address: a picture beside the page.
        const local =
          page && (isSitePath(node.url) || (node.type === "definition" && isLocalImage(node.url)));
        if (!isAllowedUrl(node.url) && !local) {
          report(
            `links to ${JSON.stringify(node.url)}; links must be full addresses starting with https://, http:// or mailto:${page ? ", or paths within the site such as /vacancies/" : ""}`,
          );
        }
        break;
      }
    }
    if ("children" in node) node.children.forEach(visit);
  };
  const tree = parseMarkdown(source);
  const definitions = definitionsOf(tree);
  visit(tree);
  return problems;
}

/**
 * The address each reference label is defined as, for image references: a definition may come
 * after the reference, and of two with one label the first counts, as CommonMark reads them.
 */
function definitionsOf(tree: Nodes): Map<string, string> {
  const definitions = new Map<string, string>();
  const collect = (node: Nodes) => {
    if (node.type === "definition" && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url);
    }
    if ("children" in node) node.children.forEach(collect);
  };
  collect(tree);
  return definitions;
}

/**
 * The pictures a page's Markdown shows from the site itself (`./chart.png`, `/images/chart.png`),
 * inline or by reference, each with the line of `source` (from 1) it is on.
 */
export function localPictures(source: string): { url: string; line: number }[] {
  if (!source.includes("![")) return [];
  const tree = parseMarkdown(source);
  const definitions = definitionsOf(tree);
  const pictures: { url: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    const url =
      node.type === "image"
        ? node.url
        : node.type === "imageReference"
          ? definitions.get(node.identifier)
          : undefined;
    if (url !== undefined && isLocalImage(url)) {
      pictures.push({ url, line: node.position?.start.line ?? 1 });
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return pictures;
}

/**
 * A picture the build serves itself: a path with no scheme and no host (`./chart.png`,
 * `/images/chart.png`). Astro copies a relative one beside the page; the policy allows only
 * these (`data:` too, but the sanitizer drops `data:` sources from Markdown).
 */
function isLocalImage(url: string): boolean {
  if (url.startsWith("//") || url.startsWith("\\")) return false;
  try {
    new URL(url);
    return false;
  } catch {
    return !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  }
}

/** A path within the site, such as `/vacancies/` or `#apply`: no scheme, no other host. */
function isSitePath(url: string): boolean {
  return /^(?:\/(?!\/)|#|\.{1,2}\/)[^\s\\]*$/.test(url);
}

function abbreviate(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
