import { unified } from "@astrojs/markdown-remark";
import rehypeSanitize, { defaultSchema, type Options as SanitizeOptions } from "rehype-sanitize";

/**
 * What rendered Markdown from entries may contain: GitHub's allow-list (no scripts, no event
 * handlers, no iframes, no styles), with links only to https, http and mailto addresses. The
 * schemas reject HTML and other links before this; the sanitizer is the second lock.
 */
export const SANITIZE: SanitizeOptions = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

/**
 * The Markdown pipeline for content that is data: plain Markdown vacancies (Astro's
 * `markdown.processor`) and the Markdown fields of entries. MDX bodies are code and do not use it.
 */
export const sanitizedMarkdown = unified({ rehypePlugins: [[rehypeSanitize, SANITIZE]] });
