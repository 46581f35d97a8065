import type { CalendarDeadline } from "../lib/deadlines/calendar";
import { withBase } from "../routes";
import type { OwnedDeadline } from "./catalog";

/** Deadlines as calendar events, each linking to the absolute URL of the page that shows it. */
export function calendarEntries(
  deadlines: readonly OwnedDeadline[],
  site: URL | undefined,
): CalendarDeadline[] {
  return deadlines.map(({ id, owner, label, instant, timeZone, path }) => ({
    id,
    title: owner,
    label,
    instant,
    timeZone,
    url: new URL(withBase(path), site ?? "http://localhost/").href,
  }));
}
