import ICAL from "ical.js";
import nodeIcal, { type ParameterValue, type VEvent } from "node-ical";

/** What one parser read in an iCalendar file: the fields the site writes, as plain values. */
export interface ReadCalendar {
  /** NAME (RFC 7986). */
  name: string | undefined;
  /** X-WR-CALNAME, the name older clients show. */
  calendarName: string | undefined;
  events: ReadEvent[];
}

export interface ReadEvent {
  uid: string;
  /** ISO instants. */
  start: string;
  /** When the parser says the event ends, whether or not the file gives a DTEND. */
  end: string;
  summary: string;
  description: string;
  url: string;
  alarms: { action: string; trigger: string; description: string }[];
}

const icalText = ICAL.design.icalendar.value["text"] as { fromICAL(value: string): string };

/**
 * The file as ical.js reads it. ical.js knows neither NAME nor X-WR-CALNAME and returns them
 * raw, so they are decoded with its own TEXT decoder.
 */
export function readWithIcalJs(text: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const raw = (name: string) => {
    const value = calendar.getFirstPropertyValue(name);
    return value === null ? undefined : icalText.fromICAL(String(value));
  };
  return {
    name: raw("name"),
    calendarName: raw("x-wr-calname"),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        summary: event.summary,
        description: event.description,
        url: String(vevent.getFirstPropertyValue("url")),
        alarms: vevent.getAllSubcomponents("valarm").map((alarm) => ({
          action: String(alarm.getFirstPropertyValue("action")),
          trigger: String(alarm.getFirstPropertyValue("trigger")),
          description: String(alarm.getFirstPropertyValue("description")),
        })),
      };
    }),
  };
}

const plain = (value: ParameterValue | undefined) =>
  typeof value === "object" ? value.val : (value ?? "");

/** The file as node-ical, a parser written independently of ical.js, reads it. */
export function readWithNodeIcal(text: string): ReadCalendar {
  const parsed = nodeIcal.sync.parseICS(text);
  const events = Object.values(parsed).filter(
    (component): component is VEvent => component?.type === "VEVENT",
  );
  // node-ical keeps every VCALENDAR property; its type lists only the X-WR ones.
  const calendar = parsed.vcalendar as { name?: string; "WR-CALNAME"?: string } | undefined;
  return {
    name: calendar?.name,
    calendarName: calendar?.["WR-CALNAME"],
    events: events.map((event) => ({
      uid: event.uid,
      start: event.start.toISOString(),
      end: (event.end ?? event.start).toISOString(),
      summary: plain(event.summary),
      description: plain(event.description),
      url: plain(event.url as ParameterValue | undefined),
      alarms: (event.alarms ?? []).map((alarm) => ({
        action: alarm.action,
        trigger: alarm.trigger,
        description: alarm.description ?? "",
      })),
    })),
  };
}

/** The file's content lines, unfolded (RFC 5545 §3.1), without their line endings. */
export function contentLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

/** Properties the site writes whose value type is TEXT (RFC 5545 §3.3.11, RFC 7986 §5.1). */
export const TEXT_PROPERTIES = ["NAME", "X-WR-CALNAME", "SUMMARY", "DESCRIPTION", "LOCATION"];

/**
 * TEXT as RFC 5545 §3.3.11 defines it: any character but a control (tab excepted), with
 * backslash, semicolon and comma escaped, and line breaks written as `\n`.
 */
export const TEXT_VALUE = /^(?:[^\\;,\p{Cc}]|\t|\\[\\;,nN])*$/u;
