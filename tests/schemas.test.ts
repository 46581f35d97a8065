import { readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { idReference } from "../src/collections/fields";
import { COLLECTIONS } from "../src/collections/index";
import { ProfileFileSchema } from "../src/collections/profile";
import { ProgramSchema } from "../src/collections/programs";
import { ScholarshipSchema } from "../src/collections/scholarships";
import { createVacancySchema } from "../src/collections/vacancies";
import { exampleAt, validateEntry } from "../src/checks/messages";
import { shapeOf, unwrap } from "../src/lib/schema/walk";
import { readEntryData } from "./support/entries";

const vacancySchema = createVacancySchema(idReference);
const profileSchema = ProfileFileSchema;

async function entryFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => extensions.includes(path.extname(name)))
    .map((name) => path.join(dir, name));
}

async function accepts(schema: z.ZodType, data: unknown) {
  const result = await validateEntry(schema, data, "entry");
  return "error" in result ? result.error : "valid";
}

async function sample(dir: string, ext: string) {
  const [file] = await entryFiles(dir, [ext]);
  return readEntryData(file!);
}

describe("the site's own entries", () => {
  for (const { facts, schema } of COLLECTIONS) {
    it(`accepts every entry in ${facts.folder}`, async () => {
      const files = await entryFiles(facts.folder, facts.extensions);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(await accepts(schema as z.ZodType, await readEntryData(file)), file).toBe("valid");
      }
    });
  }
});

describe("every field is described once, with a valid example", () => {
  for (const { facts, schema } of COLLECTIONS) {
    it(`describes each field of ${facts.name} and gives an example`, () => {
      for (const [key, field] of Object.entries(shapeOf(schema) ?? {})) {
        expect(unwrap(field).description, `${facts.name}.${key}`).toMatch(/\S/);
        expect(exampleAt(schema, [key]), key).toMatch(new RegExp(`^${key}: `));
      }
    });
  }
});

describe("vacancy schema", () => {
  it("defaults draft to false and optional lists to empty", async () => {
    const data = await sample("src/content/vacancies", ".mdx");
    const result = await validateEntry(vacancySchema, data, "v.mdx");
    expect("data" in result && result.data.draft).toBe(false);
    expect("data" in result && result.data.desirableRequirements).toEqual([]);
  });

  it("rejects an impossible date", async () => {
    const data = { ...(await sample("src/content/vacancies", ".mdx")), datePosted: "2025-02-30" };
    expect(await accepts(vacancySchema, data)).toContain(
      'datePosted: must be a real date written YYYY-MM-DD, but is "2025-02-30".',
    );
  });

  it("rejects a blank title", async () => {
    const data = { ...(await sample("src/content/vacancies", ".mdx")), title: "   " };
    expect(await accepts(vacancySchema, data)).toContain("title: must not be blank.");
  });

  it("needs at least one topic", async () => {
    const data = { ...(await sample("src/content/vacancies", ".mdx")), topics: [] };
    expect(await accepts(vacancySchema, data)).toContain("topics: must list at least 1 item.");
  });

  it("rejects a malformed contact email", async () => {
    const data = {
      ...(await sample("src/content/vacancies", ".mdx")),
      contactEmail: "someone at ox",
    };
    expect(await accepts(vacancySchema, data)).toContain(
      'contactEmail: must be an email address such as name@example.org, but is the text "someone at ox".',
    );
  });

  it("rejects a lower-case country code in the location", async () => {
    const vacancy = await sample("src/content/vacancies", ".mdx");
    const data = { ...vacancy, location: { ...(vacancy["location"] as object), country: "uk" } };
    expect(await accepts(vacancySchema, data)).toContain(
      'location.country: must be a two-letter country code in capitals, such as "GB", but is the text "uk".',
    );
  });
});

describe("program schema", () => {
  it("accepts a programme without deadlines", async () => {
    const { deadlines: _deadlines, ...data } = await sample("src/content/programs", ".yaml");
    expect(await accepts(ProgramSchema, data)).toBe("valid");
  });

  it("rejects an unknown kind", async () => {
    const data = { ...(await sample("src/content/programs", ".yaml")), kind: "PhD" };
    expect(await accepts(ProgramSchema, data)).toContain(
      'kind: must be one of "DPhil", "CDT", "other"',
    );
  });

  it("resolves each deadline to an instant", async () => {
    const data = await sample("src/content/programs", ".yaml");
    const result = await validateEntry(ProgramSchema, data, "p.yaml");
    expect("data" in result && result.data.deadlines[0]?.instant).toMatch(/Z$/);
  });
});

describe("scholarship schema", () => {
  it("accepts a quoted source cited by month", async () => {
    const data = await sample("src/content/scholarships", ".yaml");
    expect(await accepts(ScholarshipSchema, data)).toBe("valid");
  });

  it("rejects a source cited with an impossible month", async () => {
    const data = {
      name: "Fund",
      url: "https://example.org/fund",
      route: "automatic",
      description: "A fund.",
      source: { title: "Page", url: "https://example.org", cited: "2024-13", quote: "…" },
    };
    expect(await accepts(ScholarshipSchema, data)).toContain(
      'source.cited: must be a month written YYYY-MM, or a date written YYYY-MM-DD, but is "2024-13".',
    );
  });

  it("accepts http and mailto links and rejects other schemes", async () => {
    const base = { name: "Fund", route: "cdt", description: "A fund." };
    expect(await accepts(ScholarshipSchema, { ...base, url: "http://example.org" })).toBe("valid");
    expect(await accepts(ScholarshipSchema, { ...base, url: "mailto:funds@example.org" })).toBe(
      "valid",
    );
    expect(await accepts(ScholarshipSchema, { ...base, url: "ftp://example.org" })).toContain(
      "url: must be a full web address",
    );
    expect(await accepts(ScholarshipSchema, { ...base, url: "data:text/html,hi" })).toContain(
      "url: must be a full web address",
    );
  });
});

describe("profile schema", () => {
  it("accepts a profile with no links", async () => {
    const data = { ...(await sample("src/content/profile", ".yaml")), links: [] };
    expect(await accepts(profileSchema, data)).toBe("valid");
  });

  it("rejects a link of an unknown kind and suggests the known one", async () => {
    const data = {
      ...(await sample("src/content/profile", ".yaml")),
      links: [{ kind: "orchid", url: "https://orcid.org/0000-0002-1825-0097" }],
    };
    expect(await accepts(profileSchema, data)).toContain('Did you mean "orcid"?');
  });

  it("rejects a javascript: link", async () => {
    const data = {
      ...(await sample("src/content/profile", ".yaml")),
      links: [{ kind: "github", url: "javascript:alert(document.cookie)" }],
    };
    expect(await accepts(profileSchema, data)).toContain(
      "links[0].url: must be a full web address",
    );
  });
});
