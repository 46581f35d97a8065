import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const README = path.join(ROOT, "README.md");
const DOCS = path.join(ROOT, "docs");

/** The README must fit what a group member reads before giving up. */
const MAX_README_LINES = 160;
const OPENING_SCREEN_LINES = 30;

const readme = readFileSync(README, "utf8");
const lines = readme.split("\n");
const docsPages = readdirSync(DOCS)
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(DOCS, name));

/** The text outside fenced code blocks, where a `](…)` is a link and `#` starts a heading. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** The targets of the inline links in a Markdown file that point into this repository. */
function localLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** The anchors GitHub gives the headings of a Markdown file. */
function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    [...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((match) =>
      slugger.slug(match[1]!.replace(/`/g, "")),
    ),
  );
}

/** Each broken local link in `file`, as "target: why". */
function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  for (const link of localLinks(readFileSync(file, "utf8"))) {
    const [target = "", anchor] = link.split("#");
    const linked = target === "" ? file : path.resolve(path.dirname(file), target);
    if (!existsSync(linked)) {
      problems.push(`${link}: there is no ${path.relative(ROOT, linked)}`);
    } else if (anchor !== undefined && !headingAnchors(readFileSync(linked, "utf8")).has(anchor)) {
      problems.push(`${link}: ${path.relative(ROOT, linked)} has no heading #${anchor}`);
    }
  }
  return problems;
}

/** The lines of the fenced `sh` blocks in `text`. */
function shellLines(text: string): string[] {
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((match) =>
    match[1]!.trim().split("\n"),
  );
}

describe("README", () => {
  it(`is at most ${MAX_README_LINES} lines long`, () => {
    expect(lines.length).toBeLessThanOrEqual(MAX_README_LINES);
  });

  it(`shows both commands as shell blocks in its first ${OPENING_SCREEN_LINES} lines`, () => {
    const opening = shellLines(lines.slice(0, OPENING_SCREEN_LINES).join("\n"));
    expect(opening).toContain("npm ci && npm start");
    expect(opening).toContain("npm test");
  });

  it("links to every page in docs/", () => {
    const linked = new Set(
      localLinks(readme).map((link) => path.resolve(ROOT, link.split("#")[0]!)),
    );
    expect(
      docsPages.filter((page) => !linked.has(page)).map((page) => path.relative(ROOT, page)),
    ).toEqual([]);
  });

  it("has no broken links to files in this repository, in it or in docs/", () => {
    expect(
      [README, ...docsPages].flatMap((file) =>
        brokenLinks(file).map((problem) => `${path.relative(ROOT, file)} → ${problem}`),
      ),
    ).toEqual([]);
  });
});
