import { describe, expect, it } from "vitest";
import { idReference } from "../src/collections/fields";
import { ProgramSchema } from "../src/collections/programs";
import { ScholarshipSchema } from "../src/collections/scholarships";
import { createVacancySchema } from "../src/collections/vacancies";
import { formatEntryError, formatFieldPath, validateEntry } from "../src/checks/messages";
import { danglingReferences } from "../src/checks/references";
import { readEntryData } from "./support/entries";

const vacancySchema = createVacancySchema(idReference);
const VACANCY = "src/content/vacancies/phd-medical-image-analysis.mdx";
const PROGRAM = "src/content/programs/dphil-engineering-science.yaml";
const SCHOLARSHIP = "src/content/scholarships/oxford-automatic-scholarships.yaml";

async function errorFor(schema: Parameters<typeof validateEntry>[0], data: unknown, file: string) {
  const result = await validateEntry(schema, data, file);
  if (!("error" in result)) throw new Error(`expected ${file} to be rejected`);
  return result.error;
}

const entry = readEntryData;

describe("validation messages", () => {
  it("names the file and the field when a required field is missing", async () => {
    const { title: _title, ...data } = await entry(VACANCY);
    expect(await errorFor(vacancySchema, data, VACANCY)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:
        - title: is required but missing.
            for example  title: "PhD studentship in cardiac MRI analysis""
    `);
  });

  it("says what type a field needs when it has the wrong one", async () => {
    const data = { ...(await entry(VACANCY)), topics: "Agentic workflows" };
    expect(await errorFor(vacancySchema, data, VACANCY)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:
        - topics: must be a list, but is the text "Agentic workflows".
            for example  topics: ["Motion correction for cardiac MRI with deep learning"]"
    `);
  });

  it("rejects a javascript: URL", async () => {
    const data = { ...(await entry(PROGRAM)), url: "javascript:alert(1)" };
    expect(await errorFor(ProgramSchema, data, PROGRAM)).toMatchInlineSnapshot(`
      "src/content/programs/dphil-engineering-science.yaml has 1 problem:
        - url: must be a full web address starting with https:// (or http://, or mailto: for email).
            for example  url: "https://www.example.org/dphil-biomedical-engineering""
    `);
  });

  it("rejects a javascript: link inside Markdown", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), description: "See [this](javascript:alert(1))." };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toMatchInlineSnapshot(`
      "src/content/scholarships/oxford-automatic-scholarships.yaml has 1 problem:
        - description: links to "javascript:alert(1)"; links must be full addresses starting with https://, http:// or mailto:.
            for example  description: "Covers fees and a living stipend for three and a half years.""
    `);
  });

  it("rejects an unknown key and suggests the field it was probably meant to be", async () => {
    const { summary, ...rest } = await entry(VACANCY);
    const data = { ...rest, sumary: summary };
    expect(await errorFor(vacancySchema, data, VACANCY)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 2 problems:
        - summary: is required but missing.
            for example  summary: "We are looking for a motivated student to develop machine learning methods for cardiac MRI."
        - sumary: is not a known field. Did you mean "summary"?
            for example  summary: "We are looking for a motivated student to develop machine learning methods for cardiac MRI.""
    `);
  });

  it("lists the known fields when an unknown key resembles none", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), colour: "blue" };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toMatchInlineSnapshot(`
      "src/content/scholarships/oxford-automatic-scholarships.yaml has 1 problem:
        - colour: is not a known field. Known fields here: name, shortName, url, route, description, source, draft."
    `);
  });

  it("names a nested field by its full path", async () => {
    const program = await entry(PROGRAM);
    const deadlines = program["deadlines"] as Record<string, unknown>[];
    const { timeZone, ...deadline } = deadlines[0]!;
    const data = { ...program, deadlines: [{ ...deadline, timezone: timeZone }] };
    expect(await errorFor(ProgramSchema, data, PROGRAM)).toMatchInlineSnapshot(`
      "src/content/programs/dphil-engineering-science.yaml has 2 problems:
        - deadlines[0].timeZone: is required but missing.
            for example  timeZone: "Europe/London"
        - deadlines[0].timezone: is not a known field. Did you mean "timeZone"?
            for example  timeZone: "Europe/London""
    `);
  });

  it("names a misspelt choice and suggests the valid one", async () => {
    const data = { ...(await entry(SCHOLARSHIP)), route: "automatically" };
    expect(await errorFor(ScholarshipSchema, data, SCHOLARSHIP)).toMatchInlineSnapshot(`
      "src/content/scholarships/oxford-automatic-scholarships.yaml has 1 problem:
        - route: must be one of "automatic", "additional-application", "cdt", but is the text "automatically". Did you mean "automatic"?
            for example  route: "automatic""
    `);
  });

  it("names a dangling reference, the closest id and the ids that exist", () => {
    const problems = danglingReferences(
      "programs",
      ["dphil-engineering-science", "dphil-engg-science"],
      {
        noun: "programme",
        published: ["dphil-engineering-science", "epsrc-aims-cdt"],
        drafts: [],
      },
    );
    expect(formatEntryError(VACANCY, problems)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:
        - programs[1]: refers to the programme "dphil-engg-science", which does not exist. Did you mean "dphil-engineering-science"? Existing programmes: dphil-engineering-science, epsrc-aims-cdt.
            for example  - "dphil-engineering-science""
    `);
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

describe("one-line fields", () => {
  it("rejects a title with a line break, as YAML's | writes it", async () => {
    const data = { ...(await entry(VACANCY)), title: "PhD studentship\nin imaging" };
    expect(await errorFor(vacancySchema, data, VACANCY)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:
        - title: must be on one line, but has a line break; write it on one line after the colon (YAML's | and > keep line breaks).
            for example  title: "PhD studentship in cardiac MRI analysis""
    `);
  });

  it("accepts a summary on several lines, which is prose", async () => {
    const data = { ...(await entry(VACANCY)), summary: "One sentence\nover two lines." };
    expect(await validateEntry(vacancySchema, data, VACANCY)).not.toHaveProperty("error");
  });
});

describe("dates stay as written", () => {
  it("rejects an impossible date that YAML 1.1 would have rolled over to March", async () => {
    const data = { ...(await entry(VACANCY)), datePosted: "2025-02-30" };
    expect(await errorFor(vacancySchema, data, VACANCY)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:
        - datePosted: must be a real date written YYYY-MM-DD, but is "2025-02-30".
            for example  datePosted: "2026-01-05""
    `);
  });
});
