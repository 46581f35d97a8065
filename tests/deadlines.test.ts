import { describe, expect, it } from "vitest";
import { noWayToApplyWarning, passedProgrammesWarning } from "../src/checks/references";
import { validateEntry } from "../src/checks/messages";
import {
  allProgrammeDeadlinesPassed,
  closingDeadline,
  deadlineId,
} from "../src/lib/deadlines/closing";
import { countdownText, deadlineStatus, visitorLocalTime } from "../src/lib/deadlines/status";
import {
  formatDeadline,
  resolveDeadline,
  utcOffsetMinutes,
  zoneName,
} from "../src/lib/deadlines/resolve";
import { siteNow } from "../src/lib/deadlines/now";
import { parseEntrySource } from "../src/checks/entry";
import { ProgramSchema } from "../src/collections/programs";

const at = (iso: string) => Date.parse(iso);

describe("resolveDeadline", () => {
  it("reads 12:00 in London in July as 11:00 UTC (summer time)", () => {
    expect(
      resolveDeadline({ localDateTime: "2026-07-01T12:00", timeZone: "Europe/London" }),
    ).toEqual({ instant: "2026-07-01T11:00:00Z" });
  });

  it("reads 12:00 in London in December as 12:00 UTC", () => {
    expect(
      resolveDeadline({ localDateTime: "2025-12-02T12:00", timeZone: "Europe/London" }),
    ).toEqual({ instant: "2025-12-02T12:00:00Z" });
  });

  it("reads a New York deadline in its own zone", () => {
    expect(
      resolveDeadline({ localDateTime: "2026-01-15T17:00", timeZone: "America/New_York" }),
    ).toEqual({ instant: "2026-01-15T22:00:00Z" });
    expect(
      resolveDeadline({ localDateTime: "2026-07-15T17:00", timeZone: "America/New_York" }),
    ).toEqual({ instant: "2026-07-15T21:00:00Z" });
  });

  it("uses the offset to pick one reading of a repeated time", () => {
    const repeated = { localDateTime: "2026-10-25T01:30", timeZone: "Europe/London" };
    expect(resolveDeadline({ ...repeated, offset: "+01:00" })).toEqual({
      instant: "2026-10-25T00:30:00Z",
    });
    expect(resolveDeadline({ ...repeated, offset: "+00:00" })).toEqual({
      instant: "2026-10-25T01:30:00Z",
    });
  });

  it("rejects an offset the zone does not have at that time", () => {
    expect(
      resolveDeadline({
        localDateTime: "2025-12-02T12:00",
        timeZone: "Europe/London",
        offset: "+01:00",
      }),
    ).toEqual({
      problem: {
        field: "offset",
        message: 'Europe/London is never at "+01:00" at 2025-12-02T12:00; use "+00:00"',
        fix: 'offset: "+00:00"',
      },
    });
  });
});

describe("deadline validation messages", () => {
  const FILE = "src/content/programs/example.yaml";
  const program = (deadline: Record<string, string>) => ({
    name: "DPhil",
    url: "https://example.org/dphil",
    kind: "DPhil",
    provider: "University",
    description: "A doctorate.",
    deadlines: [{ label: "main round", ...deadline }],
  });
  const messageFor = async (deadline: Record<string, string>) => {
    const result = await validateEntry(ProgramSchema, program(deadline), FILE);
    return "error" in result ? result.error : "valid";
  };

  it("rejects an unknown zone", async () => {
    expect(await messageFor({ localDateTime: "2025-12-02T12:00", timeZone: "Europe/Oxford" })).toBe(
      [
        `${FILE} has 1 problem:`,
        '  - deadlines[0].timeZone: "Europe/Oxford" is not an IANA time zone; use a name such as "Europe/London" or "America/New_York".',
        '      for example  timeZone: "Europe/London"',
      ].join("\n"),
    );
  });

  it("accepts only zone names spelt as the zone list spells them, with a did-you-mean", async () => {
    const messages = await Promise.all(
      [
        "europe/london",
        "America/New York",
        "US/Eastern",
        "+05:00",
        "UTC+1",
        "Etc/GMT+5",
        "Etc/GMT-14",
        "GMT",
        "Zulu",
        "EST5EDT",
      ].map(
        async (timeZone) =>
          (await messageFor({ localDateTime: "2025-12-02T12:00", timeZone })).split("\n")[1],
      ),
    );
    expect(messages).toMatchInlineSnapshot(`
      [
        "  - deadlines[0].timeZone: "europe/london" is not an IANA time zone as the zone list spells it. Did you mean "Europe/London"?",
        "  - deadlines[0].timeZone: "America/New York" is not an IANA time zone as the zone list spells it. Did you mean "America/New_York"?",
        "  - deadlines[0].timeZone: "US/Eastern" is an old name; write "America/New_York".",
        "  - deadlines[0].timeZone: "+05:00" is an offset, not a time zone; use the zone of the place whose clocks set the deadline, such as "Europe/London", so that daylight saving time is followed.",
        "  - deadlines[0].timeZone: "UTC+1" is an offset, not a time zone; use the zone of the place whose clocks set the deadline, such as "Europe/London", so that daylight saving time is followed.",
        "  - deadlines[0].timeZone: "Etc/GMT+5" is a fixed offset of -05:00 (Etc names reverse the sign), not a place; use the zone of the place whose clocks set the deadline, such as "Europe/London".",
        "  - deadlines[0].timeZone: "Etc/GMT-14" is a fixed offset of +14:00 (Etc names reverse the sign), not a place; use the zone of the place whose clocks set the deadline, such as "Europe/London".",
        "  - deadlines[0].timeZone: "GMT" is UTC all year round, not the UK's clocks, which move to BST in summer; write "UTC", or the zone of the place whose clocks set the deadline, such as "Europe/London".",
        "  - deadlines[0].timeZone: "Zulu" is an old name; write "UTC".",
        "  - deadlines[0].timeZone: "EST5EDT" is a set of rules in the IANA database, not a place; use the zone of the place whose clocks set the deadline, such as "America/New_York" or "Europe/Paris".",
      ]
    `);
    for (const timeZone of [
      "Europe/London",
      "Asia/Kolkata",
      "Asia/Calcutta",
      "Europe/Kyiv",
      "UTC",
    ]) {
      expect(await messageFor({ localDateTime: "2025-12-02T12:00", timeZone })).toBe("valid");
    }
  });

  it("refuses seconds, which pages would not show (a leap second among them), giving the minute", async () => {
    for (const localDateTime of ["2027-01-31T17:00:30", "2025-12-02T12:00:60"]) {
      const message = await messageFor({ localDateTime, timeZone: "Europe/London" });
      const minute = localDateTime.slice(0, 16);
      expect(message).toContain(
        `- deadlines[0].localDateTime: "${localDateTime}" gives seconds, which pages and calendars would not show; give the minute, such as "${minute}".`,
      );
      expect(message).toContain(`for example  localDateTime: "${minute}"`);
    }
  });

  it("rejects a time skipped when the clocks go forward", async () => {
    expect(await messageFor({ localDateTime: "2026-03-29T01:30", timeZone: "Europe/London" })).toBe(
      [
        `${FILE} has 1 problem:`,
        "  - deadlines[0].localDateTime: 2026-03-29T01:30 does not exist in Europe/London: the clocks skip over it for daylight saving time; choose a time outside the jump, such as 2026-03-29T02:30.",
        '      for example  localDateTime: "2026-03-29T02:30"',
      ].join("\n"),
    );
  });

  it("rejects a time repeated when the clocks go back, unless an offset is given", async () => {
    expect(await messageFor({ localDateTime: "2026-10-25T01:30", timeZone: "Europe/London" })).toBe(
      [
        `${FILE} has 1 problem:`,
        '  - deadlines[0].localDateTime: 2026-10-25T01:30 happens twice in Europe/London because the clocks go back; add offset: "+01:00" for the first or offset: "+00:00" for the second.',
        '      for example  offset: "+01:00"',
      ].join("\n"),
    );
    expect(
      await messageFor({
        localDateTime: "2026-10-25T01:30",
        timeZone: "Europe/London",
        offset: "+00:00",
      }),
    ).toBe("valid");
  });

  it("rejects an impossible date", async () => {
    expect(
      await messageFor({ localDateTime: "2025-02-30T12:00", timeZone: "Europe/London" }),
    ).toContain(
      'deadlines[0].localDateTime: "2025-02-30T12:00" is not a real date and time: check the day, month, hour and minute.',
    );
  });

  it("reads an unquoted time as the local time written, not as UTC", async () => {
    const source = parseEntrySource(
      "deadlines:\n  - localDateTime: 2025-12-02T12:00\n    timeZone: America/New_York\n",
      FILE,
    );
    const data = { ...program({}), ...("data" in source ? source.data : {}) };
    const result = await validateEntry(ProgramSchema, data, FILE);
    expect("data" in result && result.data.deadlines[0]?.instant).toBe("2025-12-02T17:00:00Z");
  });

  it("rejects two deadlines at the same time", async () => {
    const data = program({ localDateTime: "2025-12-02T12:00", timeZone: "Europe/London" });
    data.deadlines.push({ ...data.deadlines[0]! });
    const result = await validateEntry(ProgramSchema, data, FILE);
    expect("error" in result && result.error).toContain(
      "deadlines[1].localDateTime: repeats another deadline's time (2025-12-02T12:00); each deadline of a programme needs its own.",
    );
  });
});

describe("deadlineStatus", () => {
  const deadline = at("2025-12-02T12:00:00Z");

  it("is closing soon one second before the deadline and closed one second after", () => {
    expect(deadlineStatus(deadline, at("2025-12-02T11:59:59Z"), 14)).toBe("closing-soon");
    expect(deadlineStatus(deadline, at("2025-12-02T12:00:00Z"), 14)).toBe("closed");
    expect(deadlineStatus(deadline, at("2025-12-02T12:00:01Z"), 14)).toBe("closed");
  });

  it("turns from open to closing soon fourteen days before", () => {
    expect(deadlineStatus(deadline, at("2025-11-18T11:59:59Z"), 14)).toBe("open");
    expect(deadlineStatus(deadline, at("2025-11-18T12:00:00Z"), 14)).toBe("closing-soon");
  });
});

describe("countdownText", () => {
  const deadline = at("2025-12-02T12:00:00Z");

  it("counts days, then hours, then minutes", () => {
    expect(countdownText(deadline, at("2025-11-29T11:00:00Z"))).toBe("closes in 3 days");
    expect(countdownText(deadline, at("2025-12-01T12:00:00Z"))).toBe("closes in 24 hours");
    expect(countdownText(deadline, at("2025-12-02T11:00:00Z"))).toBe("closes in 1 hour");
    expect(countdownText(deadline, at("2025-12-02T11:59:59Z"))).toBe("closes in 1 minute");
  });

  it("says Closed from the deadline on", () => {
    expect(countdownText(deadline, deadline)).toBe("Closed");
    expect(countdownText(deadline, at("2025-12-02T12:00:01Z"))).toBe("Closed");
  });
});

describe("formatting", () => {
  it("names the deadline's own zone", () => {
    expect(formatDeadline("2025-12-02T12:00:00Z", "Europe/London")).toBe(
      "12:00 midday UK time on Tuesday 2 December 2025",
    );
    expect(formatDeadline("2026-07-01T11:00:00Z", "Europe/London")).toBe(
      "12:00 midday UK time on Wednesday 1 July 2026",
    );
    expect(formatDeadline("2026-01-15T22:00:00Z", "America/New_York")).toBe(
      "17:00 New York time on Thursday 15 January 2026",
    );
    expect(zoneName("America/Los_Angeles")).toBe("Los Angeles time");
  });

  it("gives the visitor's local time only when their clocks differ", () => {
    const instant = "2025-12-02T12:00:00Z";
    const local = (visitorZone: string) =>
      visitorLocalTime(
        at(instant),
        utcOffsetMinutes(instant, "Europe/London"),
        utcOffsetMinutes(instant, visitorZone),
        visitorZone,
      );
    expect(local("Europe/London")).toBe("");
    expect(local("UTC")).toBe("");
    expect(local("America/New_York")).toBe("07:00 on Tuesday 2 December 2025, your time");
    expect(local("Pacific/Auckland")).toBe("01:00 on Wednesday 3 December 2025, your time");
  });

  it("reads each zone's offset at the instant, summer time included", () => {
    expect(utcOffsetMinutes("2025-12-02T12:00:00Z", "Europe/London")).toBe(0);
    expect(utcOffsetMinutes("2025-07-02T12:00:00Z", "Europe/London")).toBe(60);
    expect(utcOffsetMinutes("2025-12-02T12:00:00Z", "America/New_York")).toBe(-300);
    expect(utcOffsetMinutes("2025-12-02T12:00:00Z", "Asia/Kolkata")).toBe(330);
  });
});

describe("siteNow", () => {
  it("reads SITE_NOW as an instant", () => {
    expect(siteNow("2025-11-25T10:00:00Z").toISOString()).toBe("2025-11-25T10:00:00.000Z");
    expect(siteNow("2025-11-25T10:00:00+01:00").toISOString()).toBe("2025-11-25T09:00:00.000Z");
  });

  it("uses the clock when SITE_NOW is unset", () => {
    const clock = () => new Date("2030-01-01T00:00:00Z");
    expect(siteNow(undefined, clock).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(siteNow("", clock).toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });

  it("refuses a time without a zone, which would depend on the machine", () => {
    expect(() => siteNow("2025-11-25T10:00")).toThrow(
      'SITE_NOW="2025-11-25T10:00" is not an instant; write it as 2025-11-25T10:00:00Z (UTC) or with an offset, 2025-11-25T10:00:00+01:00.',
    );
  });
});

describe("closingDeadline", () => {
  const early = { instant: "2025-12-02T12:00:00Z" };
  const late = { instant: "2026-01-09T12:00:00Z" };

  it("prefers the vacancy's own deadline", () => {
    expect(closingDeadline(early, [late])).toBe(early);
  });

  it("else takes the latest programme deadline", () => {
    expect(closingDeadline(undefined, [late, early])).toBe(late);
  });

  it("else has none: open until filled", () => {
    expect(closingDeadline(undefined, [])).toBeUndefined();
  });

  it("makes stable ids from the owner and local time", () => {
    expect(deadlineId("dphil-engineering-science", "2025-12-02T12:00")).toBe(
      "dphil-engineering-science-20251202t1200",
    );
  });
});

describe("allProgrammeDeadlinesPassed", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  const passed = [{ instant: "2025-12-02T12:00:00Z" }, { instant: "2026-01-09T12:00:00Z" }];

  it("returns the last deadline of an open vacancy whose programme deadlines are all past", () => {
    expect(allProgrammeDeadlinesPassed(true, passed, now)).toEqual({
      instant: "2026-01-09T12:00:00Z",
    });
  });

  it("returns nothing when one deadline is ahead, none exist, or the vacancy is closed", () => {
    expect(
      allProgrammeDeadlinesPassed(true, [...passed, { instant: "2026-12-02T12:00:00Z" }], now),
    ).toBeUndefined();
    expect(allProgrammeDeadlinesPassed(true, [], now)).toBeUndefined();
    expect(allProgrammeDeadlinesPassed(false, passed, now)).toBeUndefined();
  });
});

describe("passedProgrammesWarning", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  const deadlines = [{ instant: "2026-01-09T12:00:00Z", timeZone: "Europe/London" }];

  it("names the file, the field and the last deadline when an open vacancy's have all passed", () => {
    expect(passedProgrammesWarning("src/content/vacancies/a.md", true, deadlines, now))
      .toMatchInlineSnapshot(`
        "src/content/vacancies/a.md has 1 problem:
          - programs: the vacancy is open, but every deadline of its programmes has passed (the last was 12:00 midday UK time on Friday 9 January 2026). Add the next round's deadlines to the programmes, or close the vacancy."
      `);
  });

  it("says nothing for a closed vacancy", () => {
    expect(passedProgrammesWarning("src/content/vacancies/a.md", false, deadlines, now)).toBe(
      undefined,
    );
  });
});

describe("noWayToApplyWarning", () => {
  const file = "src/content/vacancies/a.md";
  const none = { open: true, programmes: 0, contactEmail: undefined };

  it("names the file and the field, and says what to add, for an open vacancy with no way to apply", () => {
    expect(noWayToApplyWarning(file, none)).toMatchInlineSnapshot(`
      "src/content/vacancies/a.md has 1 problem:
        - contactEmail: the vacancy is open, but names no programme to apply through and no address to write to, and the profile (src/content/profile/) has no email either. Add the address applicants should write to, or the programmes they apply through.
            for example  contactEmail: admissions@example.org"
    `);
  });

  it("says nothing once there is a programme or an address, or the vacancy is closed", () => {
    expect(noWayToApplyWarning(file, { ...none, programmes: 1 })).toBe(undefined);
    expect(noWayToApplyWarning(file, { ...none, contactEmail: "group@ox.ac.uk" })).toBe(undefined);
    expect(noWayToApplyWarning(file, { ...none, open: false })).toBe(undefined);
  });
});
