import { parse } from "parse5";

/** Where a page's markup sits outside its `<html>` or `<body>`. */
export interface StrayMarkup {
  /** `after </html>` or `after </body>`. */
  where: string;
  /** The first characters found there. */
  found: string;
  /** 1-based line of the source where it starts. */
  line: number;
}

interface Located {
  nodeName: string;
  childNodes?: Located[];
  sourceCodeLocation?: { endTag?: { startOffset: number; endOffset: number } } | null;
}

/**
 * Markup a page has after `</body>` or after `</html>`. Browsers move it into the body, so the
 * page works, but the HTML is invalid (the W3C checker: "Stray start tag script"), and
 * html-validate, which reads the source as written, does not see it. parse5 parses as a browser
 * does and records where each end tag stands in the source.
 */
export function strayMarkup(html: string): StrayMarkup[] {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Located;
  const root = document.childNodes?.find((node) => node.nodeName === "html");
  const body = root?.childNodes?.find((node) => node.nodeName === "body");
  const htmlEnd = root?.sourceCodeLocation?.endTag;
  const bodyEnd = body?.sourceCodeLocation?.endTag;
  const found: StrayMarkup[] = [];
  const check = (where: string, from: number | undefined, to: number) => {
    if (from === undefined) return;
    const text = html.slice(from, to);
    const start = text.search(/\S/);
    if (start < 0) return;
    found.push({
      where,
      found: text.slice(start, start + 60),
      line: html.slice(0, from + start).split("\n").length,
    });
  };
  check("after </body>", bodyEnd?.endOffset, htmlEnd?.startOffset ?? html.length);
  check("after </html>", htmlEnd?.endOffset, html.length);
  if (!htmlEnd)
    found.push({ where: "at the end", found: "no </html>", line: html.split("\n").length });
  return found;
}
