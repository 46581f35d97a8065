import { createMarkdownProcessor, type MarkdownRenderer } from "@astrojs/markdown-remark";

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Short Markdown from an entry's data (descriptions, advice) as HTML. The schemas have already
 * checked every link in it. One processor serves the whole build.
 */
export async function renderMarkdown(source: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await renderer).render(source);
  return code;
}
