import moment from "moment-timezone";
import { Temporal } from "temporal-polyfill";

/**
 * The IANA time-zone rules that deadlines are resolved and shown with. Zones change their rules
 * (IANA 2026f kept Manitoba on UTC−05:00 from November 2026), and a build with older rules gets the
 * affected deadlines wrong by the change's shift. Node's ICU is updated only with Node; the
 * `moment-timezone` package is released with each IANA release. The build uses whichever of the
 * two is newer, for every zone, and says which in its log.
 */
export interface ZoneData {
  /** The IANA release, such as `2026f`. */
  version: string;
  /** Where it comes from, for the build log: `moment-timezone 0.6.6`. */
  source: string;
  /** The zone's offset from UTC at the instant, in minutes east (60 for London in summer). */
  offsetMinutes(epochMs: number, timeZone: string): number;
}

/** The rules packed in the `moment-timezone` package (its `data/packed/latest.json`). */
export const PACKAGE_DATA: ZoneData = {
  version: moment.tz.dataVersion,
  source: `moment-timezone ${moment.tz.version}`,
  offsetMinutes(epochMs, timeZone) {
    const zone = moment.tz.zone(timeZone);
    if (!zone) throw new RangeError(`${timeZone} is not in moment-timezone's data`);
    // moment counts minutes west of UTC, as Date#getTimezoneOffset does.
    return -zone.utcOffset(epochMs) || 0;
  },
};

/**
 * The rules in the ICU of the Node that runs the build, read through Temporal (which uses Intl). In
 * the editor's browser there is no Node, and no version to compare: the package's rules are used,
 * as the build uses them whenever they are the newer.
 */
const node = (globalThis as { process?: NodeJS.Process }).process;
export const NODE_DATA: ZoneData = {
  version: node?.versions.tz ?? "",
  source: node ? `Node ${node.version}` : "this browser's Intl",
  offsetMinutes(epochMs, timeZone) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
    return zoned.offsetNanoseconds / 60_000_000_000;
  },
};

/**
 * Orders IANA release names: `2026c` before `2026f`, `2026z` before a later `2026za`. An empty or
 * unreadable version sorts first, so that data with a known version wins.
 */
export function compareTzVersions(a: string, b: string): number {
  const parse = (version: string) => /^(\d{4})([a-z]*)$/.exec(version);
  const [left, right] = [parse(a), parse(b)];
  if (!left || !right) return (left ? 1 : 0) - (right ? 1 : 0);
  const [, yearA = "", lettersA = ""] = left;
  const [, yearB = "", lettersB = ""] = right;
  return (
    Number(yearA) - Number(yearB) ||
    lettersA.length - lettersB.length ||
    lettersA.localeCompare(lettersB, "en")
  );
}

/** The newer of two sets of rules; the package's when they are the same release. */
export function newerZoneData(packaged: ZoneData, node: ZoneData): ZoneData {
  return compareTzVersions(node.version, packaged.version) > 0 ? node : packaged;
}

/** The rules this build uses. */
export const ZONE_DATA = newerZoneData(PACKAGE_DATA, NODE_DATA);

/** The build log's line: which rules deadlines use, and the other set's version. */
export function zoneDataReport(
  used: ZoneData = ZONE_DATA,
  others: readonly ZoneData[] = [PACKAGE_DATA, NODE_DATA],
): string {
  const other = others.find((data) => data !== used);
  return `IANA time-zone data ${used.version} from ${used.source}, used for every deadline${other ? ` (${other.source} has ${other.version || "no version"})` : ""}`;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The instants at which a zone's clocks read `wallMs` (a wall-clock time written as if it were
 * UTC), earliest first: one, none when the clocks skip over it, two when they go back over it.
 * Every offset in force within a day either side is tried, which covers every real zone: no zone
 * is more than 15 hours from UTC, and none changes its offset twice within a day.
 */
export function possibleInstants(
  wallMs: number,
  timeZone: string,
  data: ZoneData = ZONE_DATA,
): number[] {
  const offsets = new Set([
    data.offsetMinutes(wallMs - DAY, timeZone),
    data.offsetMinutes(wallMs + DAY, timeZone),
  ]);
  return [...offsets]
    .map((offset) => wallMs - offset * MINUTE)
    .filter((instant) => data.offsetMinutes(instant, timeZone) * MINUTE === wallMs - instant)
    .sort((a, b) => a - b);
}

/**
 * Where the clocks would be had they not jumped: the wall-clock time read with the offset in
 * force a day before, then shown with the offset after the jump (Temporal's "later"). For a time
 * skipped by a jump forward, it is the same time after the jump: 01:30 becomes 02:30.
 */
export function wallClockPastGap(
  wallMs: number,
  timeZone: string,
  data: ZoneData = ZONE_DATA,
): number {
  const instant = wallMs - data.offsetMinutes(wallMs - DAY, timeZone) * MINUTE;
  return wallClockAt(instant, timeZone, data);
}

/** What the zone's clocks read at the instant, written as if it were UTC. */
export function wallClockAt(epochMs: number, timeZone: string, data: ZoneData = ZONE_DATA): number {
  return epochMs + data.offsetMinutes(epochMs, timeZone) * MINUTE;
}

/** An offset in minutes east as ISO 8601 writes it: `+01:00`, `-05:00`, `+05:45`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const total = Math.round(Math.abs(minutes) * 60);
  const pad = (value: number) => String(value).padStart(2, "0");
  const [hours, rest] = [Math.floor(total / 3600), total % 3600];
  const seconds = rest % 60;
  return `${sign}${pad(hours)}:${pad(Math.floor(rest / 60))}${seconds ? `:${pad(seconds)}` : ""}`;
}
