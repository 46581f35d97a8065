import { describe, expect, it } from "vitest";
import { formatEntryError, formatFieldPath, validateEntry } from "../src/lib/entry-errors";
import { danglingReferences } from "../src/lib/references";
import { impossibleUnquotedDates, yamlOf } from "../src/lib/yaml-dates";
import { ProgramSchema } from "../src/schemas/program";
import { ScholarshipSchema } from "../src/schemas/scholarship";
import { createVacancySchema } from "../src/schemas/vacancy";
import { readEntryData, testReference } from "./support/entries";

const vacancySchema = createVacancySchema(testReference);
const VACANCY = "src/content/vacancies/phd-medical-image-analysis.mdx";
const PROGRAM = "src/content/programs/dphil-engineering-science.yaml";
const SCHOLARSHIP = "src/content/scholarships/oxford-automatic-scholarships.yaml";

async function errorFor(schema: Parameters<typeof validateEntry>[0], data: unknown, file: string) {
  const result = await validateEntry(schema, data, file);
  if (!("error" in result)) throw new Error(`expected ${file} to be rejected`);
  return result.error;
}

async function entry(file: string): Promise<Record<string, unknown>> {
  return (await readEntryData(file)) as Record<string, unknown>;
}

describe("validation messages", () => {
  it("names the file and the field when a required field is missing", async () => {
    const { title: _title, ...data } = await entry(VACANCY);
    expect(await errorFor(vacancySchema, data, VACANCY)).toBe(
      [
        `${VACANCY} has 1 problem:`,
        "  - title: is required but missing.",
        '      for example  title: "PhD studentships in medical image analysis"',
      ].join("\n"),
    );
  });

  it("says what type a field needs when it has the wrong one", async () => {
    const data = { ...(await entry(VACANCY)), topics: "Agentic workflows" };
    expect(await errorFor(vacancySchema, data, VACANCY)).toBe(
      [
        `${VACANCY} has 1 problem:`,
        '  - topics: must be a list, but is the text "Agentic workflows".',
        '      for example  topics: ["Agentic workflows for medical image analysis"]',
      ].join("\n"),
    );
  });

  it("rejects a javascript: URL", async () => {
    const data = { ...(await entry(PROGRAM)), url: "javascript:alert(1)" };
    expect(await errorFor(ProgramSchema, data, PROGRAM)).toBe(
      [
        `${PROGRAM} has 1 problem:`,
        "  - url: must be a full web address starting with https:// (or http://, or mailto: for email).",
        '      for example  url: "https://www.ox.ac.uk/admissions/graduate/courses/dphil-engineering-science"',
      ].join("\n"),
    );
  });

  it("rejects a javascript: link inside Markdown", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), description: "See [this](javascript:alert(1))." };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toBe(
      [
        `${SCHOLARSHIP} has 1 problem:`,
        '  - description: links to "javascript:alert(1)"; links must start with https://, http:// or mailto:.',
        '      for example  description: "These include the Clarendon Fund Scholarship."',
      ].join("\n"),
    );
  });

  it("rejects an unknown key and suggests the field it was probably meant to be", async () => {
    const { summary, ...rest } = await entry(VACANCY);
    const data = { ...rest, sumary: summary };
    expect(await errorFor(vacancySchema, data, VACANCY)).toBe(
      [
        `${VACANCY} has 2 problems:`,
        "  - summary: is required but missing.",
        '      for example  summary: "We are seeking highly self-motivated students to pursue a PhD in medical image analysis."',
        '  - sumary: is not a known field. Did you mean "summary"?',
        '      for example  summary: "We are seeking highly self-motivated students to pursue a PhD in medical image analysis."',
      ].join("\n"),
    );
  });

  it("lists the known fields when an unknown key resembles none", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), colour: "blue" };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toBe(
      [
        `${SCHOLARSHIP} has 1 problem:`,
        "  - colour: is not a known field. Known fields here: name, shortName, url, route, description, source, draft.",
      ].join("\n"),
    );
  });

  it("names a nested field by its full path", async () => {
    const program = await entry(PROGRAM);
    const deadlines = program["deadlines"] as Record<string, unknown>[];
    const { timeZone, ...deadline } = deadlines[0]!;
    const data = { ...program, deadlines: [{ ...deadline, timezone: timeZone }] };
    expect(await errorFor(ProgramSchema, data, PROGRAM)).toBe(
      [
        `${PROGRAM} has 2 problems:`,
        "  - deadlines[0].timeZone: is required but missing.",
        '      for example  timeZone: "Europe/London"',
        '  - deadlines[0].timezone: is not a known field. Did you mean "timeZone"?',
        '      for example  timeZone: "Europe/London"',
      ].join("\n"),
    );
  });

  it("names a misspelt choice and suggests the valid one", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), route: "automatically" };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toBe(
      [
        `${SCHOLARSHIP} has 1 problem:`,
        '  - route: must be one of "automatic", "additional-application", "cdt", but is the text "automatically". Did you mean "automatic"?',
        '      for example  route: "automatic"',
      ].join("\n"),
    );
  });

  it("names a dangling reference, the closest id and the ids that exist", () => {
    const problems = danglingReferences(
      "programs",
      ["dphil-engineering-science", "dphil-engg-science"],
      {
        noun: "program",
        published: ["dphil-engineering-science", "epsrc-aims-cdt"],
        drafts: [],
      },
    );
    expect(formatEntryError(VACANCY, problems)).toBe(
      [
        `${VACANCY} has 1 problem:`,
        '  - programs[1]: refers to the program "dphil-engg-science", which does not exist. Did you mean "dphil-engineering-science"? Existing programs: dphil-engineering-science, epsrc-aims-cdt.',
        '      for example  - "dphil-engineering-science"',
      ].join("\n"),
    );
  });

  it("says when a reference names a draft", () => {
    const problems = danglingReferences("scholarships", ["new-fund"], {
      noun: "scholarship",
      published: [],
      drafts: ["new-fund"],
    });
    expect(problems).toEqual([
      {
        field: "scholarships[0]",
        problem:
          'refers to the scholarship "new-fund", which is a draft. Publish it (draft: false) or remove this reference.',
      },
    ]);
  });
});

describe("formatFieldPath", () => {
  it("writes list indexes in brackets", () => {
    expect(formatFieldPath(["deadlines", 0, "timeZone"])).toBe("deadlines[0].timeZone");
    expect(formatFieldPath([])).toBe("");
  });
});

describe("impossibleUnquotedDates", () => {
  it("finds an unquoted date that YAML would roll over to another day", () => {
    expect(impossibleUnquotedDates("title: A\ndatePosted: 2025-02-30\n")).toEqual([
      {
        field: "datePosted",
        problem:
          "2025-02-30 is not a real date; YAML would silently read it as another day. Correct it, and quote it to be safe.",
        example: 'datePosted: "2025-09-15"',
      },
    ]);
    expect(impossibleUnquotedDates("source:\n  cited: 2024-13-01 # read then")).toHaveLength(1);
  });

  it("leaves real dates, quoted values and prose alone", () => {
    expect(
      impossibleUnquotedDates(
        'datePosted: 2024-02-29\nquoted: "2025-02-30"\nsummary: Closes 2025-02-30 at noon\n',
      ),
    ).toEqual([]);
  });

  it("reads only the front matter of an MDX entry", () => {
    expect(yamlOf("---\na: 1\n---\nbody: 2025-02-30", "x.mdx")).toBe("a: 1");
    expect(yamlOf("a: 1", "x.yaml")).toBe("a: 1");
  });
});
