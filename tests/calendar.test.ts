import { describe, expect, it } from "vitest";
import { deadlinesCalendar, type CalendarDeadline } from "../src/lib/deadlines/calendar";
import {
  TEXT_PROPERTIES,
  TEXT_VALUE,
  contentLines,
  readWithIcalJs,
  readWithNodeIcal,
  type ReadCalendar,
} from "./support/calendars";

const DEADLINES: CalendarDeadline[] = [
  {
    id: "dphil-engineering-science-20251202t1200",
    title: "DPhil in Engineering Science Program",
    label: "for most Oxford scholarships, with a label long enough to need folding",
    instant: "2025-12-02T12:00:00Z",
    timeZone: "Europe/London",
    url: "https://group.example.org/lab/vacancies/",
  },
  {
    id: "nyu-20260115t1700",
    title: "A programme in New York",
    instant: "2026-01-15T22:00:00Z",
    timeZone: "America/New_York",
    url: "https://group.example.org/lab/vacancies/",
  },
];
const OPTIONS = {
  name: "Deadlines",
  host: "group.example.org",
  now: new Date("2025-11-25T10:00:00Z"),
};

// Every character RFC 5545 TEXT must escape, every kind of line break, a control character it may
// not hold at all, and non-ASCII text (two-, three- and four-byte UTF-8) well past 75 octets.
const HOSTILE_NAME =
  'Zürich; round 2, final \\ draft\r\nsecond line\rthird line\nfourth: "quoted"\u0007 — ' +
  "Universität Zürich, École polytechnique; 東京大学 🎓🎓🎓 and a long tail";
const HOSTILE: CalendarDeadline[] = [
  {
    id: "zurich-20260301t1200",
    title: HOSTILE_NAME,
    label: "Frühjahrsrunde; Stipendien, Bewerbung \\ 🎓 " + "ä".repeat(40),
    instant: "2026-03-01T11:00:00Z",
    timeZone: "Europe/Zurich",
    url: "https://group.example.org/vacancies/",
  },
  {
    id: "tokyo-20260415t1700",
    title: "東京大学".repeat(12),
    instant: "2026-04-15T08:00:00Z",
    timeZone: "Asia/Tokyo",
    url: "https://group.example.org/vacancies/",
  },
];

/** The text a calendar client should show: one kind of line break, and no control characters. */
function shown(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/(?![\t\n])\p{Cc}/gu, "");
}

const PARSERS: [string, (text: string) => ReadCalendar][] = [
  ["ical.js", readWithIcalJs],
  ["node-ical", readWithNodeIcal],
];

describe("deadlinesCalendar", () => {
  const text = deadlinesCalendar(DEADLINES, OPTIONS);
  const hostile = deadlinesCalendar(HOSTILE, { ...OPTIONS, name: HOSTILE_NAME });

  it.each([
    ["plain", text],
    ["hostile", hostile],
  ])(
    "uses CRLF line endings and folds %s lines at 75 octets, between characters",
    (_, calendar) => {
      expect(calendar.endsWith("\r\n")).toBe(true);
      const lines = calendar.split("\r\n").slice(0, -1);
      expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
      const octets = lines.map((line) => Buffer.byteLength(line, "utf8"));
      expect(Math.max(...octets)).toBeLessThanOrEqual(75);
      expect(lines.some((line) => line.startsWith(" "))).toBe(true);
      // A fold inside a four-byte character would leave half a surrogate pair on each line.
      expect(lines.filter((line) => !line.isWellFormed())).toEqual([]);
    },
  );

  it.each(PARSERS)("reads back in %s: one event per deadline at the right instant", (_, read) => {
    const calendar = read(text);
    expect(calendar.name).toBe("Deadlines");
    expect(calendar.calendarName).toBe("Deadlines");
    expect(calendar.events.map((event) => event.start)).toEqual([
      "2025-12-02T12:00:00.000Z",
      "2026-01-15T22:00:00.000Z",
    ]);
    expect(calendar.events.map((event) => event.uid)).toEqual([
      "dphil-engineering-science-20251202t1200@group.example.org",
      "nyu-20260115t1700@group.example.org",
    ]);
    const [first] = calendar.events;
    expect(first?.summary).toBe(
      "Deadline: DPhil in Engineering Science Program (for most Oxford scholarships, with a label long enough to need folding)",
    );
    expect(first?.description).toContain("12:00 midday UK time on Tuesday 2 December 2025");
    expect(first?.url).toBe("https://group.example.org/lab/vacancies/");
  });

  it.each(PARSERS)("reads back every hostile name exactly in %s", (_, read) => {
    const calendar = read(hostile);
    expect(calendar.name).toBe(shown(HOSTILE_NAME));
    expect(calendar.calendarName).toBe(shown(HOSTILE_NAME));
    expect(calendar.events.map((event) => event.summary)).toEqual([
      shown(`Deadline: ${HOSTILE[0]!.title} (${HOSTILE[0]!.label})`),
      shown(`Deadline: ${HOSTILE[1]!.title}`),
    ]);
    expect(calendar.events.map((event) => event.alarms[0]?.description)).toEqual(
      calendar.events.map((event) => `In a week: ${event.summary}`),
    );
    expect(calendar.events[0]?.description).toContain("Zurich time on Sunday 1 March 2026");
  });

  it("writes every TEXT value escaped as RFC 5545 §3.3.11 requires", () => {
    const values = contentLines(hostile)
      .map((line) => /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line))
      .filter((match) => match && TEXT_PROPERTIES.includes(match[1]!))
      .map((match) => `${match![1]}:${match![2]}`);
    expect(values.map((value) => value.split(":")[0])).toEqual(
      expect.arrayContaining(["NAME", "X-WR-CALNAME", "SUMMARY", "DESCRIPTION"]),
    );
    const invalid = values.filter((value) => !TEXT_VALUE.test(value.slice(value.indexOf(":") + 1)));
    expect(invalid).toEqual([]);
  });

  it("gives no event a DTEND, so that both parsers have each deadline end when it starts", () => {
    for (const calendar of [text, hostile]) {
      expect(contentLines(calendar).filter((line) => /^(DTEND|DURATION)[;:]/.test(line))).toEqual(
        [],
      );
      for (const [, read] of PARSERS) {
        for (const event of read(calendar).events) expect(event.end).toBe(event.start);
      }
    }
  });

  it("reads the same in both parsers", () => {
    for (const calendar of [text, hostile]) {
      expect(readWithNodeIcal(calendar)).toEqual(readWithIcalJs(calendar));
    }
  });

  it("reminds a week before each deadline", () => {
    for (const [, read] of PARSERS) {
      for (const event of read(text).events) {
        expect(event.alarms).toEqual([
          { action: "DISPLAY", trigger: "-P7D", description: `In a week: ${event.summary}` },
        ]);
      }
    }
  });

  it("stamps every event with the build's now, and is the same on every build with it", () => {
    expect(contentLines(text).filter((line) => line.startsWith("DTSTAMP"))).toEqual([
      "DTSTAMP:20251125T100000Z",
      "DTSTAMP:20251125T100000Z",
    ]);
    expect(deadlinesCalendar(DEADLINES, OPTIONS)).toBe(text);
  });
});
