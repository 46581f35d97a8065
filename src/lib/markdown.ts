import { createMarkdownProcessor, type MarkdownRenderer } from "@astrojs/markdown-remark";

let renderer: Promise<MarkdownRenderer> | undefined;
// The same few descriptions appear on thousands of pages: render each text once per build.
const rendered = new Map<string, Promise<string>>();

/**
 * Short Markdown from an entry's data (descriptions, advice) as HTML. The schemas have already
 * checked every link in it. One processor serves the whole build.
 */
export function renderMarkdown(source: string): Promise<string> {
  let html = rendered.get(source);
  if (!html) {
    renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
    html = renderer.then((processor) => processor.render(source)).then(({ code }) => code);
    rendered.set(source, html);
  }
  return html;
}
