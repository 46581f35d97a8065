import { describe, expect, it } from "vitest";
import { readEntry } from "../src/checks/entry";
import { formatEntryError } from "../src/checks/messages";
import {
  announceOnGitHub,
  lineOf,
  parseEntryErrors,
  workflowCommands,
} from "../src/checks/workflow-commands";
import { COLLECTIONS } from "../src/collections/index";
import type { z } from "astro/zod";

const [vacancies, programs] = COLLECTIONS;

const PROGRAMME = `name: DPhil in Engineering Science
url: https://www.ox.ac.uk/dphil
kind: DPhil
provider: University of Oxford
description: A doctorate.
deadlines:
  - label: for funding
    localDateTime: 2026-03-29T01:30
    timeZone: Europe/Lndon
`;

const VACANCY = `---
title: PhD in MRI
summary: A studentship.
datePosted: 2026-01-05
location:
  name: Department of Engineering Science
  locality: Oxford
  country: GB
expectations: A degree.
essentialRequirements:
  - A degree.
topics:
  - MRI
stipend:
  amount: 19000
  currency: EURO
  per: year
---

An introduction.

Text with <script>alert(1)</script> in it.
`;

describe("entry errors as GitHub workflow commands", () => {
  it("reads back the files and problems of the build's messages", () => {
    const problems = [
      {
        field: "deadlines[0].timeZone",
        problem: "is wrong.",
        example: 'timeZone: "Europe/London"',
      },
      { field: "url", problem: "is missing." },
    ];
    const message = [
      formatEntryError("src/content/programs/a.yaml", problems),
      formatEntryError("src/content/programs/b.yaml", [problems[1]!]),
    ].join("\n\n");
    expect(parseEntryErrors(message)).toEqual([
      { file: "src/content/programs/a.yaml", problems },
      { file: "src/content/programs/b.yaml", problems: [problems[1]] },
    ]);
  });

  it("names the file and the line of each problem the build finds in a YAML entry", async () => {
    const file = "src/content/programs/dphil.yaml";
    const result = await readEntry(programs!.schema as z.ZodType, file, PROGRAMME);
    if (!("error" in result)) throw new Error("the entry should fail");
    const commands = workflowCommands(result.error, (name) =>
      name === file ? PROGRAMME : undefined,
    );
    expect(commands.length).toBeGreaterThan(0);
    const lines = PROGRAMME.split("\n");
    for (const command of commands) {
      const match = /^::error file=(.+?),line=(\d+),title=(.+?)::(.+)$/.exec(command);
      expect(match, command).not.toBeNull();
      const [, named, line, , text] = match!;
      expect(named).toBe(file);
      // The line holds the field the problem is about.
      const field = /^deadlines%5B0%5D\.(\w+)|^deadlines\[0\]\.(\w+)/.exec(text!);
      const key = field?.[1] ?? field?.[2];
      expect(lines[Number(line) - 1]).toContain(`${key}:`);
    }
  });

  it("counts lines from the top of a Markdown file, front matter and body alike", async () => {
    const file = "src/content/vacancies/phd-in-mri.md";
    const result = await readEntry(vacancies!.schema as z.ZodType, file, VACANCY);
    if (!("error" in result)) throw new Error("the entry should fail");
    const [body] = workflowCommands(result.error, () => VACANCY);
    // The body's raw HTML is reported on its own line, not on the body's first.
    const script = VACANCY.split("\n").findIndex((line) => line.includes("<script>")) + 1;
    expect(script).toBeGreaterThan(VACANCY.split("\n").indexOf("An introduction.") + 1);
    expect(body).toMatch(
      new RegExp(`^::error file=src/content/vacancies/phd-in-mri\\.md,line=${script},`),
    );
    expect(lineOf(file, VACANCY, "stipend.currency")).toBe(16);
    // A field the file lacks is shown on its parent; one with no parent, at the top.
    expect(lineOf(file, VACANCY, "stipend.period")).toBe(14);
    expect(lineOf(file, VACANCY, "notice")).toBe(2);
    expect(lineOf(file, VACANCY, "line 7")).toBe(7);
    // A key YAML reads as a number is still found.
    expect(lineOf("src/content/programs/x.yaml", "name: x\n2026: y\n", "2026")).toBe(2);
  });

  it("escapes what would end the command early", () => {
    const message = formatEntryError("src/content/programs/a,b.yaml", [
      { field: "name", problem: "is 100% wrong: no colon, comma or per cent may end it early." },
    ]);
    expect(workflowCommands(message, () => "name: x\n")).toEqual([
      "::error file=src/content/programs/a%2Cb.yaml,line=1,title=name in a%2Cb.yaml::name: is 100%25 wrong: no colon, comma or per cent may end it early.",
    ]);
  });

  it("prints only under GitHub Actions, as warnings for warnings", () => {
    const message = formatEntryError("src/content/programs/x.yaml", [
      { field: "url", problem: "points to an example address." },
    ]);
    const printed: string[] = [];
    announceOnGitHub(message, "/nowhere", "warning", {}, (text) => printed.push(text));
    expect(printed).toEqual([]);
    announceOnGitHub(message, "/nowhere", "warning", { GITHUB_ACTIONS: "true" }, (text) =>
      printed.push(text),
    );
    expect(printed).toEqual([
      "::warning file=src/content/programs/x.yaml,line=1,title=url in x.yaml::url: points to an example address.\n",
    ]);
  });
});
