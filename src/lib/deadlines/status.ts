/**
 * Deadline state as a function of the current instant. This module runs both at build time and
 * in the visitor's browser (the inline deadline script), so it uses nothing but `Intl`.
 */

import { dateFormatter } from "../formatting/formatters";

export type DeadlineStatus = "open" | "closing-soon" | "closed";

export const STATUS_LABELS: Record<DeadlineStatus, string> = {
  open: "Open",
  "closing-soon": "Closing soon",
  closed: "Closed",
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `closed` from the deadline's instant on, `closing-soon` within `closingSoonDays` of it. */
export function deadlineStatus(
  instantMs: number,
  nowMs: number,
  closingSoonDays: number,
): DeadlineStatus {
  if (nowMs >= instantMs) return "closed";
  return instantMs - nowMs <= closingSoonDays * DAY ? "closing-soon" : "open";
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "closes in 3 days", "closes in 5 hours", "closes in 1 minute", or "Closed". */
export function countdownText(instantMs: number, nowMs: number): string {
  const left = instantMs - nowMs;
  if (left <= 0) return "Closed";
  if (left < HOUR) return `closes in ${plural(Math.ceil(left / MINUTE), "minute")}`;
  if (left < 2 * DAY) return `closes in ${plural(Math.floor(left / HOUR), "hour")}`;
  return `closes in ${plural(Math.floor(left / DAY), "day")}`;
}

const wallClock = (timeZone: string | undefined) =>
  dateFormatter({
    ...(timeZone ? { timeZone } : {}),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });

/**
 * The deadline in the visitor's zone ("07:00 on Tuesday 2 December 2025, your time"), or
 * nothing when the visitor's clocks read the same as the deadline's zone at that instant: the two
 * UTC offsets are equal. That test needs no formatter, so most visitors cost none.
 * `visitorZone` is for tests; in the browser the formatter's default zone is the visitor's.
 */
export function visitorLocalTime(
  instantMs: number,
  deadlineOffsetMinutes: number,
  visitorOffsetMinutes: number,
  visitorZone?: string,
): string {
  if (deadlineOffsetMinutes === visitorOffsetMinutes) return "";
  const parts = Object.fromEntries(
    wallClock(visitorZone)
      .formatToParts(instantMs)
      .map((part) => [part.type, part.value]),
  );
  return `${parts["hour"]}:${parts["minute"]} on ${parts["weekday"]} ${parts["day"]} ${parts["month"]} ${parts["year"]}, your time`;
}
