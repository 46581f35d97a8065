import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { deadlinesCalendar, type CalendarDeadline } from "../src/lib/calendar";

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

describe("deadlinesCalendar", () => {
  const text = deadlinesCalendar(DEADLINES, OPTIONS);

  it("uses CRLF line endings and folds lines at 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n").slice(0, -1);
    expect(lines.every((line) => !line.includes("\n") && !line.includes("\r"))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, "utf8")))).toBeLessThanOrEqual(
      75,
    );
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("parses with an independent parser, one event per deadline at the right instant", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      "2025-12-02T12:00:00.000Z",
      "2026-01-15T22:00:00.000Z",
    ]);
    expect(events.map((event) => event.uid)).toEqual([
      "dphil-engineering-science-20251202t1200@group.example.org",
      "nyu-20260115t1700@group.example.org",
    ]);
    expect(events[0]!.startDate.zone.tzid).toBe("UTC");
    expect(events[0]!.summary).toBe(
      "Deadline: DPhil in Engineering Science Program (for most Oxford scholarships, with a label long enough to need folding)",
    );
    expect(events[0]!.description).toContain("12:00 midday UK time on Tuesday 2 December 2025");
    const stamp = calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("dtstamp");
    expect(String(stamp)).toBe("2025-11-25T10:00:00Z");
  });

  it("reminds a week before each deadline", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      const alarm = vevent.getFirstSubcomponent("valarm")!;
      expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-P7D");
    }
  });

  it("is the same on every build with the same now", () => {
    expect(deadlinesCalendar(DEADLINES, OPTIONS)).toBe(text);
  });
});
