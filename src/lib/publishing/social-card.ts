/**
 * A vacancy's social card: the 1200 × 630 picture that LinkedIn, Bluesky, X, Slack and chat apps
 * show when its address is shared. satori lays it out (text becomes outlines, in a font shipped in
 * an npm package, so nothing is fetched) and resvg paints it. Cards are kept in a cache folder
 * under the name of a hash of everything that draws them, so an unchanged card is not drawn again.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { STATUS_LABELS, type DeadlineStatus } from "../deadlines/status";
import { formatDeadline } from "../deadlines/resolve";

/** Open Graph's recommended size, which every platform crops least. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a vacancy's card says, each in words. */
export interface CardFacts {
  title: string;
  /** The group's name, above the title. */
  groupName: string;
  status: DeadlineStatus;
  /** "closes 12:00 midday UK time on Tuesday 2 December 2025", or "until filled". */
  deadline: string;
  /** Where the student will be based. */
  place: string;
}

/**
 * Text without emoji. The card's font (Noto Sans) has no emoji, which satori would draw as empty
 * boxes, and an emoji font from npm would add megabytes to every build for a decoration. Whole
 * sequences go (flags, skin tones, ZWJ families), with the spaces they leave doubled.
 */
export function withoutEmoji(text: string): string {
  return text
    .replace(/\p{RGI_Emoji}|\u{FE0F}|\u{200D}|\u{20E3}/gv, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** The card's facts from a vacancy's own: its closing deadline in its zone, its place in one line. */
export function vacancyCardFacts(vacancy: {
  title: string;
  groupName: string;
  status: DeadlineStatus;
  closes?: { instant: string; timeZone: string } | undefined;
  location: { name: string; locality: string };
}): CardFacts {
  const { name, locality } = vacancy.location;
  return {
    title: withoutEmoji(vacancy.title),
    groupName: withoutEmoji(vacancy.groupName),
    status: vacancy.status,
    deadline: vacancy.closes
      ? `closes ${formatDeadline(vacancy.closes.instant, vacancy.closes.timeZone)}`
      : "until filled",
    place: withoutEmoji(name.includes(locality) ? name : `${name}, ${locality}`),
  };
}

/** An element as satori reads it: the shape of a React element, without React. */
export interface CardNode {
  type: "div";
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const node = (style: CardNode["props"]["style"], children?: string | CardNode[]): CardNode => ({
  type: "div",
  props: children === undefined ? { style } : { style, children },
});

const FONT_FAMILY = "Noto Sans";
// Colours of the site's own card (public/og-image.png) and of its status badges.
const COLOURS = {
  background: "#1a3350",
  accent: "#8cc0ff",
  text: "#ffffff",
  muted: "#c9def2",
  badge: {
    open: { background: "#e3f2e6", text: "#1b5e2b" },
    "closing-soon": { background: "#fff1cc", text: "#6e4300" },
    closed: { background: "#eceff1", text: "#3f474e" },
  },
} as const;

/**
 * The card's layout. Sizes are chosen to stay legible when the card is shown a third of its size,
 * as feeds and chat apps do: the title at 60 px or more, everything else at 30 px or more. Each
 * block has a line limit, so a long title or place is cut with "…" rather than pushed off the card.
 */
export function cardTree(facts: CardFacts): CardNode {
  const badge = COLOURS.badge[facts.status];
  const titleSize = facts.title.length > 70 ? 60 : 68;
  return node(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "70px 72px 60px",
      backgroundColor: COLOURS.background,
      color: COLOURS.text,
      fontFamily: FONT_FAMILY,
    },
    [
      // A plain box, not a border: satori draws a border with clip paths that cost resvg time.
      node({
        position: "absolute",
        top: 0,
        left: 0,
        width: CARD_SIZE.width,
        height: 14,
        backgroundColor: COLOURS.accent,
      }),
      node({ display: "block", fontSize: 34, color: COLOURS.muted, lineClamp: 1 }, facts.groupName),
      node(
        { display: "block", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, lineClamp: 3 },
        facts.title,
      ),
      node({ display: "flex", flexDirection: "column", gap: 18 }, [
        node({ display: "flex", alignItems: "flex-start", gap: 20, fontSize: 34 }, [
          node(
            {
              flexShrink: 0,
              padding: "2px 20px",
              borderRadius: 10,
              backgroundColor: badge.background,
              color: badge.text,
              fontWeight: 700,
            },
            STATUS_LABELS[facts.status],
          ),
          node({ display: "block", lineHeight: 1.3, lineClamp: 2 }, facts.deadline),
        ]),
        node({ display: "block", fontSize: 30, color: COLOURS.muted, lineClamp: 2 }, facts.place),
      ]),
    ],
  );
}

const require = createRequire(import.meta.url);
// Noto Sans covers Latin with its accents, Greek and Cyrillic, one file per script. satori uses
// one file per family and weight, and looks for a glyph it lacks in the other families: each
// script is therefore a family of its own. satori reads WOFF, not the WOFF2 that browsers get.
const FONT_FILES = ["latin", "latin-ext", "greek", "cyrillic"].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    family: subset === "latin" ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
    file: `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
    weight,
  })),
);

let fonts: Promise<Font[]> | undefined;

/** The fonts, read once: satori keeps its parsed fonts for as long as it is given the same list. */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ family, file, weight }) => ({
      name: family,
      data: await readFile(require.resolve(file)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

/** The card as SVG; `embedFont: false` keeps the text as text, which is how tests read it. */
export async function cardSvg(facts: CardFacts, { embedFont = true } = {}): Promise<string> {
  return satori(cardTree(facts), { ...CARD_SIZE, fonts: await loadFonts(), embedFont });
}

/**
 * What makes one card differ from another: its layout with its text, and the versions of the
 * font and of the two libraries that draw it. A change to any of them draws the card anew.
 */
export function cardKey(facts: CardFacts): string {
  const versions = ["satori", "@resvg/resvg-js", "@fontsource/noto-sans"].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  return createHash("sha256")
    .update(JSON.stringify({ tree: cardTree(facts), fonts: FONT_FILES, versions }))
    .digest("hex");
}

/**
 * The card as a PNG, from `cacheDir` when a card with the same key was drawn before, else drawn
 * and saved there. A file is written whole under a temporary name and then renamed, so a build
 * that stops half-way never leaves a broken card to be read later.
 */
export async function socialCardPng(
  facts: CardFacts,
  { cacheDir }: { cacheDir: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(cacheDir, `${cardKey(facts)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const svg = await cardSvg(facts);
  // The text is already outlines: resvg needs no fonts, and scanning the system's costs time.
  // resvg's Buffer is typed as possibly shared memory, which a Response refuses: copy its 60 kB.
  const png = new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
