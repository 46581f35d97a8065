import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generateSite, type GeneratedSite } from "../../tools/helpers/generated-vacancies";

/**
 * The one site the unit suite builds in full, shared by every test that reads built pages: the
 * real content plus generated vacancies, a draft vacancy, a draft programme and a plain Markdown
 * vacancy, built under a sub-path, on a machine whose zone is far from the deadlines' own.
 */
export const FIXTURE = {
  site: "https://group.example.org",
  base: "/lab/",
  now: new Date("2025-11-25T10:00:00Z"),
  // West of UTC, so that a date or a time that leaked the machine's zone would show a day or
  // hours off.
  machineZone: "America/Los_Angeles",
  generatedCount: 90,
  draftVacancy: "src/content/vacancies/draft-position.md",
  draftProgramme: "src/content/programs/draft-programme.yaml",
  plainVacancy: "src/content/vacancies/plain-markdown.md",
  mdxVacancy: "src/content/vacancies/markdown-in-mdx.mdx",
} as const;

/**
 * What the plain Markdown and the MDX vacancy's texts add to the seed's: links and a picture by
 * path from the site root, which the build puts under the base, and relative ones, which it leaves
 * alone; a table with aligned columns.
 */
const linksAndTable = (id: string) =>
  [
    "See [all vacancies](/vacancies/), [past positions][past], [this page](./), [the list](../),",
    `[how to apply](#${id}-how-to-apply) and the group's icon:`,
    "![the group's icon](/favicon-32x32.png)",
    "",
    "[past]: /vacancies/past/",
    "",
    "| Year | Stipend | Place |",
    "| :--- | ------: | :---: |",
    "| 1    | £21,000 | Oxford |",
  ].join("\n");

/** The id of an entry file of the fixture. */
const idOf = (file: string) => path.basename(file, path.extname(file));

export interface FixtureFiles {
  files: Record<string, string>;
  generated: Pick<GeneratedSite, "closed" | "vacancyFiles">;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A vacancy like the seed's, as plain Markdown, with the given title and draft flag. */
async function vacancy(title: string, draft: boolean): Promise<string> {
  const seed = await readFile(
    path.join(ROOT, "src/content/vacancies/phd-medical-image-analysis.mdx"),
    "utf8",
  );
  return seed
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace("---\n\n", `draft: ${draft}\n---\n\n`)
    .replace(
      /^programs:\n/m,
      'closes:\n  localDateTime: "2026-01-30T17:00"\n  timeZone: Europe/London\nprograms:\n',
    );
}

/** The files the fixture adds to a copy of the site. */
export async function fixtureFiles(): Promise<FixtureFiles> {
  const scholarshipIds = (await readdir(path.join(ROOT, "src/content/scholarships"))).map((file) =>
    file.replace(/\.yaml$/, ""),
  );
  // Plain Markdown builds several times faster than MDX; the seed vacancy keeps MDX covered.
  const generated = generateSite({
    count: FIXTURE.generatedCount,
    format: "md",
    seed: 14,
    now: FIXTURE.now,
    scholarshipIds,
  });
  return {
    generated: { closed: generated.closed, vacancyFiles: generated.vacancyFiles },
    files: {
      ...Object.fromEntries(generated.files),
      [FIXTURE.draftVacancy]: await vacancy("Draft position in cardiac imaging", true),
      [FIXTURE.plainVacancy]: `${await vacancy("A vacancy in plain Markdown", false)}\n${linksAndTable(idOf(FIXTURE.plainVacancy))}\n`,
      [FIXTURE.mdxVacancy]: `${await vacancy("A vacancy in MDX", false)}\n${linksAndTable(idOf(FIXTURE.mdxVacancy))}\n`,
      [FIXTURE.draftProgramme]: [
        "name: Draft programme",
        "url: https://www.ox.ac.uk/draft-programme",
        "kind: other",
        "provider: Oxford",
        "description: A programme not yet announced.",
        "deadlines:",
        '  - localDateTime: "2026-02-27T12:00"',
        "    timeZone: Europe/London",
        "draft: true",
      ].join("\n"),
    },
  };
}
