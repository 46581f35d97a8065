import { Temporal } from "temporal-polyfill";
import { dateFormatter } from "../formatting/formatters";
import { timeZoneNameProblem } from "./zone-names";
import {
  formatOffset,
  possibleInstants,
  wallClockAt,
  wallClockPastGap,
  ZONE_DATA,
  type ZoneData,
} from "./zone-rules";

/** A deadline as an entry states it: a wall-clock time in a named IANA zone. */
export interface LocalDeadline {
  /** `YYYY-MM-DDTHH:mm`, read in `timeZone`. */
  localDateTime: string;
  /** An IANA zone such as `Europe/London`, spelt as the zone list spells it. */
  timeZone: string;
  /** `+01:00`; only needed to pick one of the two readings of a time repeated when clocks go back. */
  offset?: string | undefined;
}

export type DeadlineProblem = {
  field: "localDateTime" | "timeZone" | "offset";
  message: string;
  /** A line that would fix it, as it would be written in the entry. */
  fix?: string;
};

/** How a deadline's local date and time is written: `2026-01-09T12:00`. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** A local time with seconds, which pages would not show: the minute it starts is group 1. */
const WITH_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}(?:\.\d+)?$/;

/** A wall-clock time as milliseconds, read as if it were UTC; UTC needs no zone data. */
const wallMs = (local: Temporal.PlainDateTime) => local.toZonedDateTime("UTC").epochMilliseconds;

/** The wall-clock time that `wallMs` stands for, to the minute: `2026-03-29T02:30`. */
const wallText = (ms: number) =>
  Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO("UTC")
    .toPlainDateTime()
    .toString({ smallestUnit: "minute" });

const instantText = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toString();

/**
 * Turns a local deadline into one exact instant (an ISO 8601 UTC string), or says why it
 * cannot: a zone not on the zone list, a time skipped by a daylight-saving change, a time that
 * happens twice with no offset to choose between them, or an offset the zone never has at that
 * time. It reads the newest time-zone rules the build has (`ZONE_DATA`), not only Node's.
 */
export function resolveDeadline(
  deadline: LocalDeadline,
  data: ZoneData = ZONE_DATA,
): { instant: string } | { problem: DeadlineProblem } {
  const { localDateTime, timeZone, offset } = deadline;
  const zoneProblem = timeZoneNameProblem(timeZone);
  if (zoneProblem) return { problem: { field: "timeZone", message: zoneProblem } };
  const written = LOCAL_DATE_TIME.exec(localDateTime);
  if (!written) {
    const minute = WITH_SECONDS.exec(localDateTime)?.[1];
    if (minute) {
      return {
        problem: {
          field: "localDateTime",
          message: `${JSON.stringify(localDateTime)} gives seconds, which pages and calendars would not show; give the minute, such as "${minute}"`,
          fix: `localDateTime: "${minute}"`,
        },
      };
    }
    return {
      problem: {
        field: "localDateTime",
        message: `${JSON.stringify(localDateTime)} is not a date and time written YYYY-MM-DDTHH:mm, such as "2025-12-02T12:00"`,
      },
    };
  }
  let local: Temporal.PlainDateTime | undefined;
  try {
    local = Temporal.PlainDateTime.from(localDateTime, { overflow: "reject" });
  } catch {
    local = undefined;
  }
  if (!local) {
    return {
      problem: {
        field: "localDateTime",
        message: `${JSON.stringify(localDateTime)} is not a real date and time: check the day, month, hour and minute`,
      },
    };
  }
  const wall = wallMs(local);
  const readings = possibleInstants(wall, timeZone, data);
  if (readings.length === 0) {
    const after = wallText(wallClockPastGap(wall, timeZone, data));
    return {
      problem: {
        field: "localDateTime",
        message: `${localDateTime} does not exist in ${timeZone}: the clocks skip over it for daylight saving time; choose a time outside the jump, such as ${after}`,
        fix: `localDateTime: "${after}"`,
      },
    };
  }
  const offsetOf = (instant: number) => formatOffset(data.offsetMinutes(instant, timeZone));
  if (offset === undefined) {
    if (readings.length > 1) {
      const [first, second] = readings.map(offsetOf);
      return {
        problem: {
          field: "localDateTime",
          message: `${localDateTime} happens twice in ${timeZone} because the clocks go back; add offset: "${first}" for the first or offset: "${second}" for the second`,
          fix: `offset: "${first}"`,
        },
      };
    }
    return { instant: instantText(readings[0]!) };
  }
  const chosen = readings.find((reading) => offsetOf(reading) === offset);
  if (chosen === undefined) {
    return {
      problem: {
        field: "offset",
        message: `${timeZone} is never at ${JSON.stringify(offset)} at ${localDateTime}; use ${readings.map((reading) => `"${offsetOf(reading)}"`).join(" or ")}`,
        fix: `offset: "${offsetOf(readings[0]!)}"`,
      },
    };
  }
  return { instant: instantText(chosen) };
}

/** The zone's offset from UTC at the instant, in minutes east: 60 for London in summer. */
export function utcOffsetMinutes(instant: string, timeZone: string): number {
  return ZONE_DATA.offsetMinutes(Date.parse(instant), timeZone);
}

/** The instant as the zone's clocks read it, as a Temporal date and time. */
export function localDateTimeAt(instant: string, timeZone: string): Temporal.PlainDateTime {
  return Temporal.Instant.fromEpochMilliseconds(wallClockAt(Date.parse(instant), timeZone))
    .toZonedDateTimeISO("UTC")
    .toPlainDateTime();
}

const ZONE_NAMES: Record<string, string> = { "Europe/London": "UK time", UTC: "UTC" };

/** How a zone is named in prose: "UK time", else the zone's city: "New York time". */
export function zoneName(timeZone: string): string {
  const city = timeZone.split("/").at(-1)?.replaceAll("_", " ") ?? timeZone;
  return ZONE_NAMES[timeZone] ?? `${city} time`;
}

/**
 * The deadline as the entry's own zone reads it: "12:00 midday UK time on Tuesday 2 December
 * 2025". It never depends on the zone of the machine that runs it.
 */
export function formatDeadline(instant: string, timeZone: string): string {
  const date = formatInZone(instant, timeZone, { weekday: "long" }).replace(",", "");
  return `${formatDeadlineTime(instant, timeZone)} on ${date}`;
}

/** The deadline's calendar date in its own zone, as `YYYY-MM-DD`, for a `<time datetime>`. */
export function deadlineDate(instant: string, timeZone: string): string {
  return localDateTimeAt(instant, timeZone).toPlainDate().toString();
}

/** The deadline's day as its own zone reads it: "2 December 2025". */
export function formatDeadlineDay(instant: string, timeZone: string): string {
  return formatInZone(instant, timeZone, {});
}

/** The deadline's time of day and zone: "12:00 midday UK time", "17:00 New York time". */
export function formatDeadlineTime(instant: string, timeZone: string): string {
  const time = localDateTimeAt(instant, timeZone)
    .toPlainTime()
    .toString({ smallestUnit: "minute" });
  const noonOrMidnight = time === "12:00" ? " midday" : time === "00:00" ? " midnight" : "";
  return `${time}${noonOrMidnight} ${zoneName(timeZone)}`;
}

function formatInZone(
  instant: string,
  timeZone: string,
  options: Pick<Intl.DateTimeFormatOptions, "weekday">,
): string {
  // Intl would read the zone with Node's own rules, which may be older: it is given the wall-clock
  // time from the build's rules instead, written as UTC.
  return dateFormatter({
    timeZone: "UTC",
    ...options,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(wallClockAt(Date.parse(instant), timeZone));
}

/** `YYYY-MM-DD` plus `days`, on the calendar: no time zone is involved. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
