import { readFileSync } from "node:fs";
import { splitFrontMatter } from "../../src/checks/entry";

/** The academicpages page this site replaces, exactly as it stood. */
const SEED = readFileSync(
  new URL("../../tests/fixtures/seed-vacancies.md", import.meta.url),
  "utf8",
);

/** The seed's three known defects and their corrections. */
export const SEED_CORRECTIONS: [string, string][] = [
  ["Thereâ€™s", "There's"],
  ["feeds and funding", "fees and funding"],
  ["Feeds and funding", "Fees and funding"],
  ["prespective", "prospective"],
];

/** Text as a reader sees it: straight quotes, single spaces, "--" as an en dash. */
export function normaliseText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/--/g, "–")
    .replace(/\s+/g, " ")
    .trim();
}

function seedBody(): string {
  let body = SEED.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/\{%[^%]*%\}/g, "");
  for (const [wrong, right] of SEED_CORRECTIONS) body = body.replaceAll(wrong, right);
  return body;
}

/** Every link on the seed page, as its text and its target. */
export function seedLinks(): { text: string; href: string }[] {
  return [...seedBody().matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((match) => ({
    text: normaliseText(match[1]!),
    href: match[2]!,
  }));
}

/**
 * Every sentence of the seed page as plain text, with its Markdown (links, emphasis, list
 * markers, heading underlines, line-break backslashes) taken away.
 */
export function seedSentences(): string[] {
  const plain = seedBody()
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/\*\*|\*/g, "")
    .replace(/\\\n/g, "\n")
    .replace(/^-{3,}$/gm, "")
    .replace(/^\s*- /gm, "");
  return plain
    .split("\n")
    .flatMap((line) => normaliseText(line).split(/(?<=[.!?:])\s+(?=[A-Z(])/))
    .map((sentence) => sentence.replace(/^\(|\)$/g, ""))
    .filter((sentence) => sentence.length > 0);
}

/**
 * The front matter of the site's example vacancy (src/content/vacancies/), `---` lines included,
 * with `title` replaced: the facts of a real vacancy for a test's own, under another title.
 */
export function exampleVacancyFrontMatter(title: string): string {
  const file = new URL(
    "../../src/content/vacancies/phd-medical-image-analysis.mdx",
    import.meta.url,
  );
  const { yamlText } = splitFrontMatter(readFileSync(file, "utf8"))!;
  return `---\n${yamlText.replace(/^title: .*$/m, `title: ${title}`)}\n---`;
}
