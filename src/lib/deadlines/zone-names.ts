import meta from "moment-timezone/data/meta/latest.json" with { type: "json" };
import packed from "moment-timezone/data/packed/latest.json" with { type: "json" };
import { closestMatch } from "../schema/suggest";
import { formatOffset } from "./zone-rules";

/**
 * The zone names a deadline may use, spelt exactly as the zone lists spell them: the places of
 * IANA's zone table (from the `moment-timezone` package: `Asia/Kolkata`, `Europe/Kyiv`), the names
 * Node's ICU lists (some in their older spelling: `Asia/Calcutta`), and `UTC`. Not the `Etc/GMT±N`
 * zones, whose sign is the reverse of the offset they name, nor offsets such as `+05:00`: a
 * deadline is set by a place's clocks, and the place's zone follows its changes.
 */
export const TIME_ZONE_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(meta.zones),
  ...Intl.supportedValuesOf("timeZone"),
  "UTC",
]);

/** Every name the data knows for one set of rules: a zone and its links (`US/Eastern`, …). */
const SAME_RULES = (() => {
  const groups = new Map<string, string[]>();
  for (const entry of packed.links) {
    const [target = "", alias = ""] = entry.split("|");
    const group = groups.get(target) ?? [target];
    group.push(alias);
    groups.set(target, group);
    groups.set(alias, group);
  }
  return groups;
})();

const ETC_GMT = /^Etc\/GMT([+-])(\d{1,2})$/;

/** Every name the IANA data has, zones and links, places or not (`EST5EDT`, `GMT`). */
const IANA_NAMES: ReadonlySet<string> = new Set([
  ...packed.zones.map((zone) => zone.split("|")[0]!),
  ...packed.links.flatMap((link) => link.split("|")),
]);

/**
 * `GMT` and its other names (`Greenwich`, `Etc/GMT0`, …): UTC in the data, though people use it to
 * mean UK time. UTC's own other names (`Zulu`, `Etc/UTC`) are old names of `UTC`.
 */
const GMT_NAMES = new Set([
  ...(SAME_RULES.get("Etc/GMT-0") ?? []),
  ...(SAME_RULES.get("Etc/GMT") ?? []),
]);

/**
 * What is wrong with a deadline's zone name, as a sentence, or nothing when it is one of
 * `TIME_ZONE_NAMES`. Near misses get a "did you mean", aliases their listed name, and `Etc/GMT+5`
 * its true offset.
 */
export function timeZoneNameProblem(timeZone: string): string | undefined {
  if (TIME_ZONE_NAMES.has(timeZone)) return undefined;
  const quoted = JSON.stringify(timeZone);
  const etc = ETC_GMT.exec(timeZone);
  if (etc) {
    // POSIX reverses the sign: Etc/GMT+5 is five hours behind UTC.
    const offset = formatOffset((etc[1] === "+" ? -60 : 60) * Number(etc[2]));
    return `${quoted} is a fixed offset of ${offset} (Etc names reverse the sign), not a place; use the zone of the place whose clocks set the deadline, such as "Europe/London"`;
  }
  if (/^(?:UTC|GMT)?\s*[+\-\u2212]\d/.test(timeZone)) {
    return `${quoted} is an offset, not a time zone; use the zone of the place whose clocks set the deadline, such as "Europe/London", so that daylight saving time is followed`;
  }
  if (GMT_NAMES.has(timeZone)) {
    return `${quoted} is UTC all year round, not the UK's clocks, which move to BST in summer; write "UTC", or the zone of the place whose clocks set the deadline, such as "Europe/London"`;
  }
  const listed = SAME_RULES.get(timeZone)?.find((name) => TIME_ZONE_NAMES.has(name));
  if (listed) return `${quoted} is an old name; write "${listed}"`;
  if (IANA_NAMES.has(timeZone)) {
    return `${quoted} is a set of rules in the IANA database, not a place; use the zone of the place whose clocks set the deadline, such as "America/New_York" or "Europe/Paris"`;
  }
  const near = closestMatch(timeZone, [...TIME_ZONE_NAMES]);
  // Close in the whole name is not enough: "Europe/Oxford" is not a typo of "Europe/Oslo".
  if (near && closestMatch(placeOf(timeZone), [placeOf(near)]))
    return `${quoted} is not an IANA time zone as the zone list spells it. Did you mean "${near}"?`;
  return `${quoted} is not an IANA time zone; use a name such as "Europe/London" or "America/New_York"`;
}

/** The last part of a zone name, its place: `New_York`. */
const placeOf = (timeZone: string) => timeZone.split("/").at(-1) ?? timeZone;
