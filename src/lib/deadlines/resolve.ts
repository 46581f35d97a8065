import { Temporal } from "temporal-polyfill";
import { dateFormatter } from "../formatting/formatters";

/** A deadline as an entry states it: a wall-clock time in a named IANA zone. */
export interface LocalDeadline {
  /** `YYYY-MM-DDTHH:mm`, read in `timeZone`. */
  localDateTime: string;
  /** An IANA zone such as `Europe/London`. */
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

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Temporal.ZonedDateTime(0n, timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a local deadline into one exact instant (an ISO 8601 UTC string), or says why it
 * cannot: an unknown zone, a time skipped by a daylight-saving change, a time that happens
 * twice with no offset to choose between them, or an offset the zone never has at that time.
 */
export function resolveDeadline(
  deadline: LocalDeadline,
): { instant: string } | { problem: DeadlineProblem } {
  const { localDateTime, timeZone, offset } = deadline;
  if (!isKnownTimeZone(timeZone)) {
    return {
      problem: {
        field: "timeZone",
        message: `${JSON.stringify(timeZone)} is not an IANA time zone; use a name such as "Europe/London" or "America/New_York"`,
      },
    };
  }
  if (!LOCAL_DATE_TIME.test(localDateTime)) {
    return {
      problem: {
        field: "localDateTime",
        message: `${JSON.stringify(localDateTime)} is not a date and time written YYYY-MM-DDTHH:mm, such as "2025-12-02T12:00"`,
      },
    };
  }
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(localDateTime, { overflow: "reject" });
  } catch {
    return {
      problem: {
        field: "localDateTime",
        message: `${JSON.stringify(localDateTime)} is not a real date and time: check the day, month, hour and minute`,
      },
    };
  }
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: "earlier" });
  const later = local.toZonedDateTime(timeZone, { disambiguation: "later" });
  if (!earlier.toPlainDateTime().equals(local)) {
    return {
      problem: {
        field: "localDateTime",
        message: `${localDateTime} does not exist in ${timeZone}: the clocks skip over it for daylight saving time; choose a time outside the jump, such as ${later.toPlainDateTime().toString({ smallestUnit: "minute" })}`,
        fix: `localDateTime: "${later.toPlainDateTime().toString({ smallestUnit: "minute" })}"`,
      },
    };
  }
  const readings =
    earlier.epochNanoseconds === later.epochNanoseconds ? [earlier] : [earlier, later];
  if (offset === undefined) {
    if (readings.length > 1) {
      return {
        problem: {
          field: "localDateTime",
          message: `${localDateTime} happens twice in ${timeZone} because the clocks go back; add offset: "${earlier.offset}" for the first or offset: "${later.offset}" for the second`,
          fix: `offset: "${earlier.offset}"`,
        },
      };
    }
    return { instant: earlier.toInstant().toString() };
  }
  const chosen = readings.find((reading) => reading.offset === offset);
  if (!chosen) {
    return {
      problem: {
        field: "offset",
        message: `${timeZone} is never at ${JSON.stringify(offset)} at ${localDateTime}; use ${readings.map((reading) => `"${reading.offset}"`).join(" or ")}`,
        fix: `offset: "${readings[0]!.offset}"`,
      },
    };
  }
  return { instant: chosen.toInstant().toString() };
}

/** The zone's offset from UTC at the instant, in minutes east: 60 for London in summer. */
export function utcOffsetMinutes(instant: string, timeZone: string): number {
  return (
    Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).offsetNanoseconds / 60_000_000_000
  );
}

const ZONE_NAMES: Record<string, string> = { "Europe/London": "UK time" };

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
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The deadline's day as its own zone reads it: "2 December 2025". */
export function formatDeadlineDay(instant: string, timeZone: string): string {
  return formatInZone(instant, timeZone, {});
}

/** The deadline's time of day and zone: "12:00 midday UK time", "17:00 New York time". */
export function formatDeadlineTime(instant: string, timeZone: string): string {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  const time = zoned.toPlainTime().toString({ smallestUnit: "minute" });
  const noonOrMidnight = time === "12:00" ? " midday" : time === "00:00" ? " midnight" : "";
  return `${time}${noonOrMidnight} ${zoneName(timeZone)}`;
}

function formatInZone(
  instant: string,
  timeZone: string,
  options: Pick<Intl.DateTimeFormatOptions, "weekday">,
): string {
  return dateFormatter({
    timeZone,
    ...options,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(Date.parse(instant)));
}

/** `YYYY-MM-DD` plus `days`, on the calendar: no time zone is involved. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
