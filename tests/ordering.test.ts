import { describe, expect, it } from "vitest";
import { mostRecentlyClosedFirst, soonestClosingFirst } from "../src/lib/deadlines/closing";

const vacancy = (title: string, closes: string | undefined, datePosted = "2025-01-01") => ({
  title,
  closes,
  datePosted,
});

describe("ordering vacancies", () => {
  it("lists open positions by the soonest deadline, open-until-filled last", () => {
    const list = [
      vacancy("until filled", undefined),
      vacancy("January", "2026-01-09T12:00:00Z"),
      vacancy("December", "2025-12-02T12:00:00Z"),
    ];
    expect(list.sort(soonestClosingFirst).map((item) => item.title)).toEqual([
      "December",
      "January",
      "until filled",
    ]);
  });

  it("breaks ties by the newest posting, then the title", () => {
    const list = [
      vacancy("B", "2025-12-02T12:00:00Z", "2025-09-01"),
      vacancy("C", "2025-12-02T12:00:00Z", "2025-10-01"),
      vacancy("A", "2025-12-02T12:00:00Z", "2025-09-01"),
    ];
    expect(list.sort(soonestClosingFirst).map((item) => item.title)).toEqual(["C", "A", "B"]);
  });

  it("lists past positions by the most recently closed", () => {
    const list = [
      vacancy("2023", "2023-12-01T12:00:00Z"),
      vacancy("2025", "2025-12-02T12:00:00Z"),
      vacancy("2024", "2024-12-03T12:00:00Z"),
    ];
    expect(list.sort(mostRecentlyClosedFirst).map((item) => item.title)).toEqual([
      "2025",
      "2024",
      "2023",
    ]);
  });
});
