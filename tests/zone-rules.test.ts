import moment from "moment-timezone";
import { describe, expect, it } from "vitest";
import {
  deadlineDate,
  formatDeadline,
  formatDeadlineTime,
  resolveDeadline,
  utcOffsetMinutes,
} from "../src/lib/deadlines/resolve";
import { TIME_ZONE_NAMES } from "../src/lib/deadlines/zone-names";
import {
  compareTzVersions,
  NODE_DATA,
  newerZoneData,
  PACKAGE_DATA,
  ZONE_DATA,
  zoneDataReport,
} from "../src/lib/deadlines/zone-rules";
import { isoWithOffset } from "../src/lib/publishing/structured-data";

describe("the time-zone rules deadlines use", () => {
  it("orders IANA releases by year, then letter", () => {
    const releases = ["2026f", "2025b", "2026c", "", "2026za", "2026z", "2027a"];
    expect(releases.toSorted(compareTzVersions)).toEqual([
      "",
      "2025b",
      "2026c",
      "2026f",
      "2026z",
      "2026za",
      "2027a",
    ]);
  });

  it("uses whichever of Node's and the package's data is the newer release", () => {
    const newer = compareTzVersions(NODE_DATA.version, PACKAGE_DATA.version) > 0;
    expect(ZONE_DATA).toBe(newer ? NODE_DATA : PACKAGE_DATA);
    const older = { ...NODE_DATA, version: "2026c" };
    const fresher = { ...NODE_DATA, version: "2026g" };
    const packaged = { ...PACKAGE_DATA, version: "2026f" };
    expect(newerZoneData(packaged, older)).toBe(packaged);
    expect(newerZoneData(packaged, fresher)).toBe(fresher);
  });

  it("names the data it uses and the other's version in the build log", () => {
    const node = { ...NODE_DATA, version: "2026c", source: "Node v24.21.0" };
    const packaged = { ...PACKAGE_DATA, version: "2026f", source: "moment-timezone 0.6.6" };
    expect(zoneDataReport(packaged, [packaged, node])).toMatchInlineSnapshot(
      `"IANA time-zone data 2026f from moment-timezone 0.6.6, used for every deadline (Node v24.21.0 has 2026c)"`,
    );
  });

  it("is no older than the package's data, which Dependabot keeps at the newest release", () => {
    expect(compareTzVersions(ZONE_DATA.version, moment.tz.dataVersion)).toBeGreaterThanOrEqual(0);
  });
});

describe("a deadline in a zone whose rules changed after Node's data", () => {
  // IANA 2026f: Manitoba stays on UTC−05:00 from 1 November 2026; 2026c still had it fall back.
  const winnipeg = { localDateTime: "2026-11-01T02:00", timeZone: "America/Winnipeg" };

  it("resolves America/Winnipeg on 2026-11-01 at 02:00 as the package's rules say", () => {
    const offset = -moment.tz.zone("America/Winnipeg")!.utcOffset(Date.parse("2026-11-01T07:00Z"));
    const expected = new Date(Date.parse("2026-11-01T02:00Z") - offset * 60_000).toISOString();
    expect(resolveDeadline(winnipeg)).toEqual({ instant: expected.replace(".000", "") });
  });

  it("shows it at the time the entry wrote, in every output", () => {
    const resolved = resolveDeadline(winnipeg);
    if (!("instant" in resolved)) throw new Error(resolved.problem.message);
    expect(formatDeadline(resolved.instant, winnipeg.timeZone)).toBe(
      "02:00 Winnipeg time on Sunday 1 November 2026",
    );
    const offset = utcOffsetMinutes(resolved.instant, winnipeg.timeZone);
    expect(isoWithOffset(resolved.instant, winnipeg.timeZone)).toBe(
      `2026-11-01T02:00:00${offset === -300 ? "-05:00" : "-06:00"}`,
    );
  });
});

/**
 * Local times a minute, half an hour and an hour either side of every change of offset from 1990
 * to 2037, in every zone a deadline may use, resolved by the site and read back by moment-timezone
 * from the same data.
 */
function transitionCases(): { timeZone: string; instant: number }[] {
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2037, 0, 1);
  const cases: { timeZone: string; instant: number }[] = [];
  // One name for each set of rules: a link such as US/Eastern reads the same data as its zone.
  const seen = new Set<string>();
  for (const timeZone of TIME_ZONE_NAMES) {
    const zone = moment.tz.zone(timeZone)!;
    const rules = `${zone.untils.join()}|${zone.offsets.join()}`;
    if (seen.has(rules)) continue;
    seen.add(rules);
    for (const until of zone.untils) {
      if (until < from || until > to) continue;
      for (const minutes of [-60, -30, -1, 0, 1, 30, 60]) {
        cases.push({ timeZone, instant: until + minutes * 60_000 });
      }
    }
    // A day in each season for zones without changes.
    for (const month of [0, 6]) cases.push({ timeZone, instant: Date.UTC(2026, month, 15, 12) });
  }
  return cases;
}

describe("the site's reading of local times, against moment-timezone on the same data", () => {
  it("knows every zone name it accepts in the package's data", () => {
    expect([...TIME_ZONE_NAMES].filter((name) => !moment.tz.zone(name))).toEqual([]);
  });

  it(
    "turns the local time of every instant near a change back into that instant, and shows it as moment does",
    { timeout: 120_000 },
    () => {
      const cases = transitionCases();
      expect(cases.length).toBeGreaterThan(50_000);
      const disagreements: string[] = [];
      for (const { timeZone, instant } of cases) {
        const there = moment.tz(instant, timeZone);
        const localDateTime = there.format("YYYY-MM-DDTHH:mm");
        const offset = there.format("Z");
        const iso = new Date(instant).toISOString().replace(".000", "");
        const resolved = resolveDeadline({ localDateTime, timeZone, offset });
        const shown = [
          deadlineDate(iso, timeZone),
          formatDeadlineTime(iso, timeZone).slice(0, 5),
          isoWithOffset(iso, timeZone).slice(-6),
        ].join(" ");
        const expected = `${there.format("YYYY-MM-DD HH:mm")} ${offset}`;
        if (!("instant" in resolved) || resolved.instant !== iso || shown !== expected) {
          disagreements.push(
            `${timeZone} ${localDateTime}${offset}: ${JSON.stringify(resolved)}, shown ${shown}, moment ${expected}`,
          );
        }
      }
      expect(disagreements.slice(0, 10)).toEqual([]);
    },
  );

  it(
    "calls a time skipped by a change a gap, and a time repeated by one a fold, as the data has them",
    { timeout: 60_000 },
    () => {
      const disagreements: string[] = [];
      for (const timeZone of TIME_ZONE_NAMES) {
        const zone = moment.tz.zone(timeZone)!;
        zone.untils.forEach((until, index) => {
          if (until < Date.UTC(1990, 0, 1) || until > Date.UTC(2037, 0, 1)) return;
          // moment counts minutes west.
          const before = -zone.offsets[index]!;
          const after = -zone.offsets[index + 1]!;
          if (before === after) return;
          // A wall-clock time in the middle of the jump, or of the repeated stretch.
          const wall = until + ((before + after) / 2) * 60_000;
          const localDateTime = new Date(wall - (wall % 60_000)).toISOString().slice(0, 16);
          const resolved = resolveDeadline({ localDateTime, timeZone });
          const expected = after > before ? "does not exist" : "happens twice";
          if (!("problem" in resolved) || !resolved.problem.message.includes(expected)) {
            disagreements.push(`${timeZone} ${localDateTime}: ${JSON.stringify(resolved)}`);
          }
        });
      }
      expect(disagreements.slice(0, 10)).toEqual([]);
    },
  );
});
