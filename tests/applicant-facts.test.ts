import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { idReference } from "../src/collections/fields";
import { ProgramSchema } from "../src/collections/programs";
import { createVacancySchema } from "../src/collections/vacancies";
import { applicationUrl, nextOpenApplication } from "../src/lib/formatting/applying";
import { formatMonthOrDate } from "../src/lib/formatting/dates";
import { deadlineDate, formatDeadlineDay, formatDeadlineTime } from "../src/lib/deadlines/resolve";
import { validateEntry } from "../src/checks/messages";
import { placeName } from "../src/lib/formatting/place";
import { formatStipend, isCurrencyCode, type Stipend } from "../src/lib/formatting/stipend";
import { readEntryData } from "./support/entries";

const vacancySchema = createVacancySchema(idReference);
const seed = () => readEntryData("src/content/vacancies/phd-medical-image-analysis.mdx");

async function problems(data: unknown): Promise<string> {
  const result = await validateEntry(vacancySchema, data, "v.md");
  return "error" in result ? result.error : "valid";
}

describe("formatStipend", () => {
  it("returns the amount in the currency's own symbol, per year or month", () => {
    expect(formatStipend({ amount: 20780, currency: "GBP", per: "year" })).toBe("£20,780 a year");
    expect(formatStipend({ amount: 1650.5, currency: "EUR", per: "month" })).toBe(
      "€1,650.50 a month",
    );
  });

  it("keeps each currency's own decimals and tells dollars apart", () => {
    expect(formatStipend({ amount: 2400000, currency: "JPY", per: "year" })).toBe(
      "JP¥2,400,000 a year",
    );
    expect(formatStipend({ amount: 38000, currency: "USD", per: "year" })).toBe("US$38,000 a year");
  });
});

describe("isCurrencyCode", () => {
  it("accepts ISO 4217 codes in capitals", () => {
    for (const code of ["GBP", "EUR", "USD", "CHF", "JPY"]) expect(isCurrencyCode(code)).toBe(true);
  });

  it("rejects symbols, lower case and unknown codes", () => {
    for (const code of ["£", "gbp", "GB", "POUND", "XYZ", ""]) {
      expect(isCurrencyCode(code), code).toBe(false);
    }
  });
});

describe("formatMonthOrDate for a start date", () => {
  it("returns the month, or the whole date", () => {
    expect(formatMonthOrDate("2026-10")).toBe("October 2026");
    expect(formatMonthOrDate("2026-10-01")).toBe("1 October 2026");
  });
});

describe("placeName", () => {
  it("does not repeat a town the name already holds", () => {
    expect(
      placeName({
        name: "Department of Engineering Science, University of Oxford",
        locality: "Oxford",
      }),
    ).toBe("Department of Engineering Science, University of Oxford");
    expect(placeName({ name: "ETH Zürich", locality: "zürich" })).toBe("ETH Zürich");
  });

  it("adds the town when the name does not hold it as a word", () => {
    expect(
      placeName({ name: "Department of Bioengineering, Imperial College", locality: "London" }),
    ).toBe("Department of Bioengineering, Imperial College, London");
    expect(placeName({ name: "Oxfordshire Health Institute", locality: "Oxford" })).toBe(
      "Oxfordshire Health Institute, Oxford",
    );
  });
});

describe("deadlineDate, formatDeadlineDay and formatDeadlineTime", () => {
  it("read the deadline in its own zone, whatever the machine's", () => {
    expect(formatDeadlineDay("2025-12-02T12:00:00Z", "Europe/London")).toBe("2 December 2025");
    expect(formatDeadlineTime("2025-12-02T12:00:00Z", "Europe/London")).toBe(
      "12:00 midday UK time",
    );
    // 23:30 in New York is already the next day in UTC.
    expect(formatDeadlineDay("2026-01-16T04:30:00Z", "America/New_York")).toBe("15 January 2026");
    expect(deadlineDate("2026-01-16T04:30:00Z", "America/New_York")).toBe("2026-01-15");
    expect(deadlineDate("2025-12-02T12:00:00Z", "Europe/London")).toBe("2025-12-02");
    expect(formatDeadlineTime("2026-01-16T04:30:00Z", "America/New_York")).toBe(
      "23:30 New York time",
    );
  });
});

describe("applicationUrl", () => {
  it("prefers the programme's application page to its own page", () => {
    expect(applicationUrl({ url: "https://a.example/", applyUrl: "https://a.example/apply" })).toBe(
      "https://a.example/apply",
    );
    expect(applicationUrl({ url: "https://a.example/" })).toBe("https://a.example/");
  });
});

describe("nextOpenApplication", () => {
  const dphil = {
    program: "dphil",
    deadlines: [{ instant: "2025-12-02T12:00:00Z" }, { instant: "2026-01-09T12:00:00Z" }],
  };
  const cdt = { program: "cdt", deadlines: [{ instant: "2025-12-10T12:00:00Z" }] };
  const none = { program: "open-cdt", deadlines: [] };

  it("returns the programme with the soonest deadline still ahead", () => {
    expect(nextOpenApplication([none, cdt, dphil], new Date("2025-11-25T10:00:00Z"))).toEqual({
      program: "dphil",
      deadline: { instant: "2025-12-02T12:00:00Z" },
    });
    expect(nextOpenApplication([none, cdt, dphil], new Date("2025-12-02T12:00:00Z"))).toEqual({
      program: "cdt",
      deadline: { instant: "2025-12-10T12:00:00Z" },
    });
    expect(nextOpenApplication([dphil, cdt], new Date("2025-12-11T00:00:00Z"))).toEqual({
      program: "dphil",
      deadline: { instant: "2026-01-09T12:00:00Z" },
    });
  });

  it("gives a tie to the programme listed first", () => {
    const other = { program: "other", deadlines: [{ instant: "2025-12-02T12:00:00Z" }] };
    expect(nextOpenApplication([other, dphil], new Date("2025-11-25T10:00:00Z"))?.program).toBe(
      "other",
    );
  });

  it("returns nothing when every deadline has passed or none is set", () => {
    expect(nextOpenApplication([dphil, cdt], new Date("2026-02-01T00:00:00Z"))).toBeUndefined();
    expect(nextOpenApplication([none], new Date("2025-11-25T10:00:00Z"))).toBeUndefined();
  });

  it("returns nothing once the vacancy itself has closed", () => {
    const now = new Date("2025-11-25T10:00:00Z");
    expect(nextOpenApplication([dphil], now, "2025-11-20T17:00:00Z")).toBeUndefined();
    expect(nextOpenApplication([dphil], now, "2025-11-30T17:00:00Z")?.program).toBe("dphil");
  });
});

describe("the new vacancy fields", () => {
  it("accepts a start month or date, a duration, supervisors and a stipend", async () => {
    const result = await validateEntry(
      vacancySchema,
      {
        ...(await seed()),
        startDate: "2026-10",
        duration: "3.5 years",
        supervisors: [{ name: "Dr A. N. Other", url: "https://www.example.org/a" }, { name: "B" }],
        stipend: { amount: 20780, currency: "GBP", per: "year" },
      },
      "v.md",
    );
    expect("data" in result && result.data).toMatchObject({
      startDate: "2026-10",
      duration: "3.5 years",
      supervisors: [{ name: "Dr A. N. Other", url: "https://www.example.org/a" }, { name: "B" }],
      stipend: { amount: 20780, currency: "GBP", per: "year" },
    });
  });

  it("leaves them out when the entry does", async () => {
    const result = await validateEntry(vacancySchema, await seed(), "v.md");
    expect("data" in result && result.data.supervisors).toEqual([]);
    expect("data" in result && result.data.stipend).toBeUndefined();
  });

  it("errors if the currency is not an ISO 4217 code", async () => {
    expect(
      await problems({ ...(await seed()), stipend: { amount: 20780, currency: "£", per: "year" } }),
    ).toContain(
      'stipend.currency: must be an ISO 4217 currency code in capitals, such as "GBP", "EUR" or "USD".',
    );
  });

  it("errors if the stipend is paid per week or written as text", async () => {
    const base = { ...(await seed()) };
    expect(
      await problems({ ...base, stipend: { amount: 400, currency: "GBP", per: "week" } }),
    ).toContain('stipend.per: must be one of "year", "month", but is the text "week".');
    expect(
      await problems({ ...base, stipend: { amount: "£20,780", currency: "GBP", per: "year" } }),
    ).toContain("stipend.amount: must be a number");
  });

  it("errors if the start date is not a month or a date", async () => {
    expect(await problems({ ...(await seed()), startDate: "October 2026" })).toContain(
      'startDate: must be a month written YYYY-MM, or a date written YYYY-MM-DD, but is "October 2026".',
    );
  });

  it("errors if a stipend is not more than 0, saying so rather than 'at least 0'", async () => {
    const stipend = (amount: number) => ({ amount, currency: "GBP", per: "year" });
    const lines = async (amount: number) =>
      (await problems({ ...(await seed()), stipend: stipend(amount) })).split("\n")[1];
    expect([await lines(0), await lines(-5)]).toMatchInlineSnapshot(`
      [
        "  - stipend.amount: must be more than 0, but is number 0.",
        "  - stipend.amount: must be more than 0, but is number -5.",
      ]
    `);
  });

  it("errors if a supervisor's name spans two lines", async () => {
    expect(await problems({ ...(await seed()), supervisors: [{ name: "Dr A\nOther" }] })).toContain(
      "supervisors[0].name: must be on one line",
    );
  });
});

describe("a programme's applyUrl", () => {
  it("must be a full web address", async () => {
    const program = {
      name: "DPhil",
      url: "https://www.example.org/dphil",
      kind: "DPhil",
      provider: "Example University",
      description: "A doctorate.",
    };
    expect(
      await validateEntry(ProgramSchema, { ...program, applyUrl: "/apply" }, "p.yaml"),
    ).toHaveProperty("error", expect.stringContaining("applyUrl: must be a full web address"));
    expect(
      await validateEntry(
        ProgramSchema,
        { ...program, applyUrl: "https://www.example.org/apply" },
        "p.yaml",
      ),
    ).toHaveProperty("data.applyUrl", "https://www.example.org/apply");
  });
});

describe("the README's example of the new fields", () => {
  it("is valid in a vacancy", async () => {
    const readme = await readFile(path.join(import.meta.dirname, "../README.md"), "utf8");
    const block = /### What applicants look for[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const example = parse(block!, { version: "1.2" }) as Record<string, unknown>;
    expect(Object.keys(example)).toEqual(["startDate", "duration", "supervisors", "stipend"]);
    expect(await problems({ ...(await seed()), ...example })).toBe("valid");
    expect(formatStipend(example["stipend"] as Stipend)).toBe("£20,780 a year");
    expect(formatMonthOrDate(example["startDate"] as string)).toBe("October 2026");
  });
});
