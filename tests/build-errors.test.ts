import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { buildCopy, removeCopy, type BuildResult } from "./support/build";

const VACANCY = "src/content/vacancies/phd-medical-image-analysis.mdx";
const PROGRAM = "src/content/programs/dphil-engineering-science.yaml";
const built: BuildResult[] = [];

async function build(files: Record<string, string | null>) {
  const result = await buildCopy(files);
  built.push(result);
  return result;
}

afterAll(async () => {
  await Promise.all(built.map(removeCopy));
});

describe("npm run build with a malformed entry", { timeout: 180_000 }, () => {
  it("fails, naming the file, the field and a valid example", async () => {
    const program = await readFile(PROGRAM, "utf8");
    const result = await build({
      [PROGRAM]: program.replace("timeZone: Europe/London", "timeZone: Europe/Londn"),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${PROGRAM} has 1 problem:`);
    expect(result.output).toContain(
      '- deadlines[0].timeZone: "Europe/Londn" is not an IANA time zone; use a name such as "Europe/London" or "America/New_York".',
    );
  });

  it("fails on a reference to a programme that does not exist", async () => {
    const vacancy = await readFile(VACANCY, "utf8");
    const result = await build({
      [VACANCY]: vacancy.replace("  - epsrc-aims-cdt\n", "  - epsrc-aims\n"),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${VACANCY} has 1 problem:`);
    expect(result.output).toContain(
      '- programs[2]: refers to the program "epsrc-aims", which does not exist. Did you mean "epsrc-aims-cdt"?',
    );
  });
});
