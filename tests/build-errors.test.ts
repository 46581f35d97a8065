import { readFile } from "node:fs/promises";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { buildCopy, removeCopy, type BuildResult } from "./support/build";

// The malformed-entry corpus (tests/malformed-entries.test.ts) checks every message in-process.
// These few real builds show that `npm run build` runs those checks and prints the messages.
const VACANCY = "src/content/vacancies/phd-medical-image-analysis.mdx";
const PICTURED = "src/content/vacancies/pictured.md";
const NOW = { SITE_NOW: "2025-11-25T10:00:00Z" };

/** The line of the copy's pictured vacancy that holds `text`, counted from 1. */
async function lineOfIn(dir: string, text: string): Promise<number> {
  const lines = (await readFile(path.join(dir, PICTURED), "utf8")).split("\n");
  return lines.findIndex((line) => line.includes(text)) + 1;
}
const built: BuildResult[] = [];

async function build(
  files: Record<string, string | Buffer | null>,
  env: Record<string, string> = {},
) {
  const result = await buildCopy(files, { ...NOW, ...env });
  built.push(result);
  return { ...result, output: stripVTControlCharacters(result.output) };
}

afterAll(async () => {
  await Promise.all(built.map(removeCopy));
});

describe.concurrent("npm run build", { timeout: 180_000 }, () => {
  it("fails on every bad entry at once: a YAML syntax error, even in a draft, with its line, and a field that does not fit, with a valid value", async () => {
    const vacancy = await readFile(VACANCY, "utf8");
    const result = await build(
      {
        "src/content/vacancies/draft-position.md": [
          "---",
          "draft: true",
          "title: PhD: cardiac imaging",
          "---",
          "",
          "Text.",
        ].join("\n"),
        [VACANCY]: vacancy.replace("country: GB", "country: uk"),
        // A plain Markdown vacancy whose picture is not there: Astro alone would not name it.
        [PICTURED]: `${vacancy.replace(/^title: .*$/m, "title: Pictured")}\n![The scanner](./scanner.jpg)\n`,
      },
      { GITHUB_ACTIONS: "true" },
    );
    expect(result.ok).toBe(false);
    // The message is all the maintainer reads: no stack, nor an empty heading for one.
    expect(result.output).not.toContain("Stack trace");
    // Under GitHub Actions, each problem is also a workflow command naming its file and line.
    const countryLine = vacancy.split("\n").findIndex((line) => line.includes("country: GB")) + 1;
    const commands = result.output.split("\n").filter((line) => line.startsWith("::error "));
    expect(commands).toContainEqual(
      expect.stringMatching(
        /^::error file=src\/content\/vacancies\/draft-position\.md,line=3,title=.+::line 3: has a colon/,
      ),
    );
    expect(commands).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${VACANCY.replaceAll(".", "\\.")},line=${countryLine},title=location\\.country in .+::location\\.country: must be`,
        ),
      ),
    );
    expect(result.output).toContain(
      [
        "src/content/vacancies/draft-position.md has 1 problem:",
        "  - line 3: has a colon followed by a space inside the value of title, which YAML reads as a new field; put the value in quotes.",
        '      for example  title: "PhD: cardiac imaging"',
      ].join("\n"),
    );
    expect(result.output).toContain(
      [
        `${VACANCY} has 1 problem:`,
        '  - location.country: must be a two-letter country code in capitals, such as "GB", but is the text "uk".',
        '      for example  country: "GB"',
      ].join("\n"),
    );
    const pictureLine = await lineOfIn(result.dir, "![The scanner]");
    expect(result.output).toContain(
      `${PICTURED} has 1 problem:\n  - line ${pictureLine}, in the text after the front matter: shows the picture "./scanner.jpg", but there is no src/content/vacancies/scanner.jpg`,
    );
    expect(result.output).not.toContain("Unable to load your Astro config");
  });

  it("fails on a reference to a programme that does not exist", async () => {
    const vacancy = await readFile(VACANCY, "utf8");
    const result = await build({
      [VACANCY]: vacancy.replace("  - epsrc-aims-cdt\n", "  - epsrc-aims\n"),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${VACANCY} has 1 problem:`);
    expect(result.output).toContain(
      '- programs[2]: refers to the programme "epsrc-aims", which does not exist. Did you mean "epsrc-aims-cdt"?',
    );
    expect(result.output).not.toContain("Stack trace");
  });

  it("builds a site with no vacancies folder, saying there are no open positions, and warns only of a programme that still has the template's text and of a small avatar", async () => {
    const template = await readFile("tests/fixtures/programme-from-template.yaml", "utf8");
    const smallAvatar = await sharp({
      create: { width: 100, height: 60, channels: 3, background: "#456" },
    })
      .png()
      .toBuffer();
    const result = await build({
      "src/content/vacancies": null,
      "src/content/programs/new-programme.yaml": template,
      "src/content/profile/avatar.png": smallAvatar,
    });
    expect(result.ok, result.output).toBe(true);
    const warnings = result.output.split("\n").filter((line) => /\[WARN\]/.test(line));
    expect(warnings).toEqual([
      expect.stringContaining("src/content/programs/new-programme.yaml has 3 problems:"),
      expect.stringContaining("src/content/profile/group.yaml has 1 problem:"),
    ]);
    expect(result.output).toContain("  - avatar: is 100 × 60 pixels, so it shows blurred");
    expect(result.output).toContain(
      "  - description: is still the example text from the template; replace it, or delete the field if it is optional.",
    );
    const page = await readFile(path.join(result.dir, "dist/vacancies/index.html"), "utf8");
    expect(page).toContain("There are no open positions at the moment.");
  });
});
