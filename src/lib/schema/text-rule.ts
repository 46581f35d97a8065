/**
 * The one rule for the text of every field and body: characters that no output can carry, or that
 * can make text read other than it is, are refused where the entry is checked, so every output
 * (RSS and sitemap XML, iCalendar, JSON-LD, HTML) is valid whatever an entry says.
 *
 * - C0 and C1 controls and DEL: XML 1.0 forbids most of them (a vertical tab makes `rss.xml` not
 *   well-formed) and RFC 5545 forbids them in TEXT. Tab and line breaks only where the field
 *   allows lines.
 * - Noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF in every plane) and lone surrogates:
 *   XML forbids U+FFFE, U+FFFF and surrogates, and none of them is text.
 * - Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
 *   what follows them, and can make a title or a link read other than it is.
 * - The line and paragraph separators U+2028 and U+2029: invisible line breaks that calendar
 *   readers drop whole properties over; an ordinary line break does the job where lines are
 *   allowed.
 */
export interface TextRule {
  /** True where the field holds lines (prose, Markdown, bodies): tab and line breaks are then allowed. */
  lines: boolean;
}

/** U+FFFE and U+FFFF of each of the 17 planes. */
const PLANE_NONCHARACTERS = Array.from({ length: 17 }, (_, plane) =>
  [0xfffe, 0xffff].map((last) => `\\u{${(plane * 0x10000 + last).toString(16)}}`).join(""),
).join("");

/** With the `u` flag, a surrogate matches only when it is alone: pairs are one code point. */
const FORBIDDEN = `\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF\\uFDD0-\\uFDEF${PLANE_NONCHARACTERS}`;
const IN_LINES = new RegExp(`[${FORBIDDEN}]`, "gu");
const IN_ONE_LINE = new RegExp(`[\\t\\n\\r${FORBIDDEN}]`, "gu");

/** `U+000B`, `U+1FFFF`: a code point as Unicode writes it. */
export function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

const DELETE_IT = "Delete it (it often comes in with text pasted from a PDF or a word processor)";

function problemWith(character: string, { lines }: TextRule): string {
  const code = character.codePointAt(0) ?? 0;
  const name = codePointName(character);
  if (code === 0x0a || code === 0x0d) {
    return "must be on one line, but has a line break; write it on one line after the colon (YAML's | and > keep line breaks)";
  }
  if (code === 0x09)
    return `contains a tab (${name}), which a one-line field cannot hold; use a space`;
  if (code === 0x2028 || code === 0x2029) {
    return lines
      ? `contains ${name}, an invisible line break that calendar readers drop text over; use an ordinary line break`
      : `contains ${name}, an invisible line break; write the text on one line`;
  }
  if (code >= 0x202a && code <= 0x202e) {
    return `contains ${name}, a bidirectional override, which can make text read other than it is. ${DELETE_IT}`;
  }
  if (code >= 0x2066 && code <= 0x2069) {
    return `contains ${name}, a bidirectional isolate, which can make text read other than it is. ${DELETE_IT}`;
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return `contains ${name}, half of a character (a lone surrogate, written as an escape in quotes). Write the whole character`;
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `contains ${name}, a control character, which feeds and calendars cannot carry. ${DELETE_IT}`;
  }
  return `contains ${name}, a noncharacter, which no text may hold. ${DELETE_IT}`;
}

/**
 * What in `value` breaks the text rule, one sentence per distinct character, each naming it as
 * `U+XXXX`. Empty when the text may be published.
 */
export function textProblems(value: string, rule: TextRule): string[] {
  return locatedTextProblems(value, rule).map(({ problem }) => problem);
}

/** `textProblems`, each with the line of `value` (from 1) where its character first appears. */
export function locatedTextProblems(
  value: string,
  rule: TextRule,
): { problem: string; line: number }[] {
  const found = new Map<string, { problem: string; line: number }>();
  for (const match of value.matchAll(rule.lines ? IN_LINES : IN_ONE_LINE)) {
    const [character] = match;
    // CR and LF are one problem: a line break.
    const key = character === "\r" ? "\n" : character;
    if (!found.has(key)) {
      const line = value.slice(0, match.index).split(/\r\n|\r|\n/).length;
      found.set(key, { problem: problemWith(character, rule), line });
    }
  }
  return [...found.values()];
}
