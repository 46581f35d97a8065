import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatMonthOrDate } from "../src/lib/formatting/dates";
import { FUNDING_ROUTES } from "../src/collections/scholarships";
import { groupByRoute, joinNames } from "../src/lib/formatting/funding";
import { linkName } from "../src/lib/formatting/link-kinds";
import { withBase } from "../src/routes";
import { closestMatch, editDistance } from "../src/lib/schema/suggest";

describe("closestMatch", () => {
  it("returns a likely typo's intended word", () => {
    expect(closestMatch("sumary", ["title", "summary"])).toBe("summary");
    expect(closestMatch("timezone", ["timeZone", "label"])).toBe("timeZone");
  });

  it("returns nothing when no candidate is close", () => {
    expect(closestMatch("colour", ["name", "url", "route"])).toBeUndefined();
    expect(closestMatch("x", [])).toBeUndefined();
  });

  it("counts a transposition as one edit", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("dates", () => {
  it("formats a calendar date without shifting the day", () => {
    expect(formatCalendarDate("2025-09-15")).toBe("15 September 2025");
    expect(formatCalendarDate("2025-01-01")).toBe("1 January 2025");
  });

  it("formats a citation month or day", () => {
    expect(formatMonthOrDate("2024-06")).toBe("June 2024");
    expect(formatMonthOrDate("2024-06-03")).toBe("3 June 2024");
  });
});

describe("funding routes", () => {
  const entry = (id: string, route: "automatic" | "additional-application" | "cdt") => ({
    id,
    data: { route },
  });

  it("groups scholarships by route in a fixed order and drops empty routes", () => {
    const groups = groupByRoute(
      [entry("a", "cdt"), entry("b", "automatic"), entry("c", "cdt")],
      FUNDING_ROUTES,
    );
    expect(groups.map((group) => [group.route, group.scholarships.map((s) => s.id)])).toEqual([
      ["automatic", ["b"]],
      ["cdt", ["a", "c"]],
    ]);
  });

  it("joins names as prose", () => {
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B"])).toBe("A and B");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("withBase", () => {
  it("prefixes root-relative paths with the base", () => {
    expect(withBase("/vacancies/", "/")).toBe("/vacancies/");
    expect(withBase("/vacancies/", "/lab/")).toBe("/lab/vacancies/");
    expect(withBase("vacancies/", "/lab")).toBe("/lab/vacancies/");
    expect(withBase("/", "/lab/")).toBe("/lab/");
  });
});

describe("linkName", () => {
  it("uses the label, else the service's name", () => {
    expect(linkName({ kind: "google-scholar" })).toBe("Google Scholar");
    expect(linkName({ kind: "website", label: "Lab site" })).toBe("Lab site");
  });
});
