import { describe, expect, it } from "vitest";
import { idReference } from "../src/collections/fields";
import { ProgramSchema } from "../src/collections/programs";
import { readEntry } from "../src/checks/entry";
import { createVacancySchema } from "../src/collections/vacancies";
import { validateEntry } from "../src/checks/messages";
import { textProblems } from "../src/lib/schema/text-rule";
import { readEntryData } from "./support/entries";

const vacancySchema = createVacancySchema(idReference);
const seed = () => readEntryData("src/content/vacancies/phd-medical-image-analysis.mdx");

async function problems(data: unknown): Promise<string> {
  const result = await validateEntry(vacancySchema, data, "src/content/vacancies/v.md");
  return "error" in result ? result.error : "valid";
}

/** XML 1.0's Char production: what an XML document (a feed, a sitemap) may hold at all. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

describe("the text rule", () => {
  it("lets through no code point that XML 1.0 or iCalendar TEXT forbids, in any field", () => {
    const leaks: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const character = String.fromCodePoint(code);
      const allowedInLines = textProblems(character, { lines: true }).length === 0;
      const allowedInOneLine = textProblems(character, { lines: false }).length === 0;
      // RFC 5545 TEXT: no control characters but tab, and line breaks escaped as \n.
      const controlForIcs = code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd;
      if (allowedInLines && (!isXmlChar(code) || controlForIcs || code === 0x7f)) {
        leaks.push(code.toString(16));
      }
      if (allowedInOneLine && !allowedInLines) leaks.push(`one line: ${code.toString(16)}`);
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  it("refuses each class of character, naming it as U+XXXX", () => {
    const classes = {
      nul: "\u0000",
      "vertical tab": "\u000B",
      del: "\u007F",
      "next line (C1)": "\u0085",
      "U+FFFE": "\uFFFE",
      "U+FFFF": "\uFFFF",
      "U+FDD0": "\uFDD0",
      "U+10FFFF": "\u{10FFFF}",
      "right-to-left override": "\u202E",
      "first strong isolate": "\u2068",
      "lone surrogate": "\uD800",
    };
    const found = Object.fromEntries(
      Object.entries(classes).map(([name, character]) => [
        name,
        textProblems(`PhD${character}imaging`, { lines: true }),
      ]),
    );
    expect(found).toMatchInlineSnapshot(`
      {
        "U+10FFFF": [
          "contains U+10FFFF, a noncharacter, which no text may hold. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "U+FDD0": [
          "contains U+FDD0, a noncharacter, which no text may hold. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "U+FFFE": [
          "contains U+FFFE, a noncharacter, which no text may hold. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "U+FFFF": [
          "contains U+FFFF, a noncharacter, which no text may hold. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "del": [
          "contains U+007F, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "first strong isolate": [
          "contains U+2068, a bidirectional isolate, which can make text read other than it is. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "lone surrogate": [
          "contains U+D800, half of a character (a lone surrogate, written as an escape in quotes). Write the whole character",
        ],
        "next line (C1)": [
          "contains U+0085, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "nul": [
          "contains U+0000, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "right-to-left override": [
          "contains U+202E, a bidirectional override, which can make text read other than it is. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
        "vertical tab": [
          "contains U+000B, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor)",
        ],
      }
    `);
  });

  it("allows tab and line breaks only where a field holds lines, and U+2028 nowhere", () => {
    expect(textProblems("a\tb\nc\r\nd", { lines: true })).toEqual([]);
    expect(textProblems("a\tb\nc\r\nd", { lines: false })).toMatchInlineSnapshot(`
      [
        "contains a tab (U+0009), which a one-line field cannot hold; use a space",
        "must be on one line, but has a line break; write it on one line after the colon (YAML's | and > keep line breaks)",
      ]
    `);
    expect(textProblems("a\u2028b", { lines: true })).toMatchInlineSnapshot(`
      [
        "contains U+2028, an invisible line break that calendar readers drop text over; use an ordinary line break",
      ]
    `);
    expect(textProblems("a\u2029b", { lines: false })).toMatchInlineSnapshot(`
      [
        "contains U+2029, an invisible line break; write the text on one line",
      ]
    `);
  });

  it("allows every script, emoji and the marks that set direction without overriding it", () => {
    const text = "Zürich 東京 مدينة עברית \u200F(RLM) \u200E(LRM) 👩🏽‍🔬 🇬🇧 e\u0301 \uFEFF";
    expect(textProblems(text, { lines: false })).toEqual([]);
  });
});

describe("the text rule in every text field", () => {
  it("names each field: titles, names, lists, summaries, Markdown fields and deadline labels", async () => {
    const data = await seed();
    expect(
      await problems({
        ...data,
        title: "PhD in cardiac\u000Bimaging",
        summary: "A post.\u0000",
        topics: ["MRI \u202Egnp.exe"],
        supervisors: [{ name: "Dr\u2028Ada" }],
        fundingAdvice: "Read the guide\uFFFF.",
        closes: {
          label: "applications\u2066 close",
          localDateTime: "2026-03-02T17:00",
          timeZone: "Europe/London",
        },
      }),
    ).toMatchInlineSnapshot(`
      "src/content/vacancies/v.md has 6 problems:
        - title: contains U+000B, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  title: "PhD studentship in cardiac MRI analysis"
        - summary: contains U+0000, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  summary: "We are looking for a motivated student to develop machine learning methods for cardiac MRI."
        - closes.label: contains U+2066, a bidirectional isolate, which can make text read other than it is. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  label: "for applicants seeking funding"
        - supervisors[0].name: contains U+2028, an invisible line break; write the text on one line.
            for example  name: "Professor Ada Example"
        - topics[0]: contains U+202E, a bidirectional override, which can make text read other than it is. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  - "Motion correction for cardiac MRI with deep learning"
        - fundingAdvice: contains U+FFFF, a noncharacter, which no text may hold. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  fundingAdvice: "Read the [funding guide](https://www.example.org/funding) before you apply.""
    `);
  });

  it("covers programmes' names and descriptions as well", async () => {
    const result = await validateEntry(
      ProgramSchema,
      {
        name: "DPhil\u0085",
        url: "https://example.org/dphil",
        kind: "DPhil",
        provider: "University",
        description: "A doctorate\u202D.",
      },
      "src/content/programs/p.yaml",
    );
    expect("error" in result && result.error).toMatchInlineSnapshot(`
      "src/content/programs/p.yaml has 2 problems:
        - name: contains U+0085, a control character, which feeds and calendars cannot carry. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  name: "DPhil in Biomedical Engineering"
        - description: contains U+202D, a bidirectional override, which can make text read other than it is. Delete it (it often comes in with text pasted from a PDF or a word processor).
            for example  description: "A three-year doctorate with research in the Institute of Biomedical Engineering.""
    `);
  });

  it("covers the body of a Markdown or MDX vacancy", async () => {
    const entry = (body: string) => `---\ntitle: A\n---\n\n${body}\n`;
    for (const file of ["src/content/vacancies/a.md", "src/content/vacancies/a.mdx"]) {
      const read = await readEntry(vacancySchema, file, entry("Apply by \u202Efriday\u202C."));
      expect("error" in read && read.error.split("\n").slice(0, 3)).toEqual([
        `${file} has 2 problems:`,
        expect.stringContaining("line 5, in the text after the front matter: contains U+202E"),
        expect.stringContaining("line 5, in the text after the front matter: contains U+202C"),
      ]);
    }
  });
});
