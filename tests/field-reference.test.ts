import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTIONS } from "../src/collections/index";
import { fieldReference } from "../src/lib/schema/field-reference";

describe("docs/fields.md", () => {
  it("is the reference the schemas write today (npm run docs:fields rewrites it)", async () => {
    const written = await readFile(path.join(import.meta.dirname, "../docs/fields.md"), "utf8");
    expect(written, "docs/fields.md is stale: run npm run docs:fields").toBe(
      fieldReference(COLLECTIONS),
    );
  });

  it("lists every field, nested ones by their path", () => {
    const reference = fieldReference(COLLECTIONS);
    for (const name of [
      "title",
      "location.country",
      "closes.timeZone",
      "deadlines[].localDateTime",
      "links[].kind",
    ]) {
      expect(reference).toContain(`| \`${name}\` |`);
    }
  });
});
