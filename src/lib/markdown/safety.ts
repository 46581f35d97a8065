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
 * `mailto:` address; in a field, images and site paths too. It reads the parsed tree, so
 * entity-encoded schemes and reference definitions are seen as the browser would see them.
 */
export function markdownProblems(
  source: string,
  { page }: MarkdownRules = { page: false },
): string[] {
  const problems: string[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case "html":
        problems.push(
          `contains HTML (${JSON.stringify(abbreviate(node.value))}), which is not allowed here; write Markdown, such as [text](https://example.org/) for a link`,
        );
        break;
      case "image":
      case "imageReference":
        if (!page)
          problems.push("contains an image, which is not allowed here; link to it instead");
        break;
      case "link":
      case "definition":
        if (!isAllowedUrl(node.url) && !(page && isSitePath(node.url))) {
          problems.push(
            `links to ${JSON.stringify(node.url)}; links must be full addresses starting with https://, http:// or mailto:`,
          );
        }
        break;
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(source));
  return problems;
}

/** A path within the site, such as `/vacancies/` or `#apply`: no scheme, no other host. */
function isSitePath(url: string): boolean {
  return /^(?:\/(?!\/)|#|\.{1,2}\/)[^\s\\]*$/.test(url);
}

function abbreviate(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
