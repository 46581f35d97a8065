import { unified } from "@astrojs/markdown-remark";
import { satteri } from "@astrojs/markdown-satteri";
import type { Element, Root, RootContent } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeOptions } from "rehype-sanitize";
import { withBase } from "../../routes";

/**
 * What rendered Markdown from entries may contain: GitHub's allow-list (no scripts, no event
 * handlers, no iframes, no styles), with links only to https, http and mailto addresses. The
 * schemas reject HTML and other links before this; the sanitizer is the second lock.
 */
export const SANITIZE: SanitizeOptions = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

/** The attribute of each element that holds an address a page's text may write as a site path. */
const ADDRESS_ATTRIBUTES: Record<string, string> = { a: "href", img: "src" };

/** Calls `change` on every element of a rendered tree. */
function eachElement(tree: Root, change: (element: Element) => void): void {
  const visit = (node: Root | RootContent) => {
    if (node.type === "element") change(node);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
}

/**
 * A rehype plugin that puts the site's `base` in front of every link and image written as a path
 * from the site root, so that `[all vacancies](/vacancies/)` and `![chart](/images/chart.png)`
 * still work when the site is built under a sub-path (`--base /lab/` gives `/lab/vacancies/`).
 * Entries write such paths as if there were no base, so a path that already starts with it gets it
 * again: the same text then works wherever the site is deployed. Full addresses, `//host/` ones,
 * relative paths (`./`, `../`) and `#fragments` are left as they are.
 */
function rehypeSiteBase({ base }: { base: string }) {
  return (tree: Root) =>
    eachElement(tree, (element) => {
      const address = sitePathUnderBase(element, base);
      if (address) element.properties[address.attribute] = address.value;
    });
}

/**
 * The address of a link or a picture written as a path from the site root, with the base in
 * front; undefined for any other element or address.
 */
function sitePathUnderBase(
  element: Element,
  base: string,
): { attribute: string; value: string } | undefined {
  const attribute = ADDRESS_ATTRIBUTES[element.tagName];
  const address = attribute && element.properties[attribute];
  if (typeof address !== "string" || !address.startsWith("/") || address.startsWith("//")) {
    return undefined;
  }
  return { attribute: attribute!, value: withBase(address, base) };
}

/**
 * A rehype plugin that turns a table column's alignment (`| :-: |`, which Markdown writes as the
 * `align` attribute, obsolete in HTML and refused by html-validate) into a class the stylesheet
 * aligns: `align-left`, `align-center`, `align-right`.
 */
function rehypeAlignClasses() {
  return (tree: Root) =>
    eachElement(tree, (element) => {
      const { align } = element.properties;
      if ((element.tagName === "th" || element.tagName === "td") && typeof align === "string") {
        delete element.properties["align"];
        element.properties["className"] = [alignClass(align)];
      }
    });
}

/** The class that aligns a table cell's text, for an alignment Markdown gives its column. */
const alignClass = (side: string) => `align-${side}`;

/**
 * MDX's processor (Astro's satteri), with what the plain Markdown pipeline does to the Markdown in
 * it: a table column's alignment as a class (satteri writes it as an inline `style`, which the
 * site's Content-Security-Policy blocks, leaving the column unaligned and a policy violation in
 * the visitor's console), and the site's base in front of a Markdown link or picture written as a
 * path from the site root. Links written as JSX (`<a href=…>`) are code and stay as written.
 * `base` is asked for when a file is compiled, once Astro knows it.
 */
export function mdxProcessor(base: () => string = () => "/") {
  return satteri({
    hastPlugins: [
      {
        name: "align-classes",
        element: {
          filter: ["th", "td"],
          visit(node, context) {
            const style = node.type === "element" ? String(node.properties["style"] ?? "") : "";
            const side = /text-align:\s*(left|center|right)/.exec(style)?.[1];
            if (!side) return;
            context.setProperty(node, "style", undefined);
            context.setProperty(node, "className", [alignClass(side)]);
          },
        },
      },
      {
        name: "site-base",
        element: {
          filter: Object.keys(ADDRESS_ATTRIBUTES),
          visit(node, context) {
            const address = node.type === "element" && sitePathUnderBase(node, base());
            if (address) context.setProperty(node, address.attribute, address.value);
          },
        },
      },
    ],
  });
}

/**
 * The Markdown pipeline for content that is data: plain Markdown vacancies (Astro's
 * `markdown.processor`) and the Markdown fields of entries, for a site built under `base` (`/` at
 * the root, `/lab/` under a sub-path). MDX bodies are code and do not use it.
 */
export function sanitizedMarkdown(base = "/") {
  return unified({
    rehypePlugins: [[rehypeSanitize, SANITIZE], [rehypeSiteBase, { base }], rehypeAlignClasses],
  });
}
