import type { MarkdownRenderer } from "@astrojs/markdown-remark";
import { sanitizedMarkdown } from "./processor";

let renderer: Promise<MarkdownRenderer> | undefined;
// The same few descriptions appear on thousands of pages: render each text once per build.
const rendered = new Map<string, Promise<string>>();

/**
 * Short Markdown from an entry's data (descriptions, advice) as HTML: checked by the schemas,
 * sanitized here. The schemas refuse site paths in fields, so no base is needed. One renderer
 * serves the whole build.
 */
export function renderMarkdown(source: string): Promise<string> {
  let html = rendered.get(source);
  if (!html) {
    renderer ??= sanitizedMarkdown().createRenderer({ syntaxHighlight: false });
    html = renderer.then((processor) => processor.render(source)).then(({ code }) => code);
    rendered.set(source, html);
  }
  return html;
}
