import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import {
  CARD_SIZE,
  cardKey,
  cardSvg,
  socialCardPng,
  vacancyCardFacts,
  withoutEmoji,
  type CardFacts,
} from "../src/lib/publishing/social-card";
import type { ProfileEntry, VacancyWithFunding } from "../src/data/catalog";
import { vacancyCard } from "../src/data/social-card";
import { pngSize } from "./support/png";

const VACANCY = {
  title: "PhD studentships in medical image analysis",
  groupName: "Medical Image Analysis Group",
  status: "open" as const,
  closes: { instant: "2026-07-01T11:00:00Z", timeZone: "Europe/London" },
  location: { name: "Department of Engineering Science, University of Oxford", locality: "Oxford" },
};
const FACTS = vacancyCardFacts(VACANCY);

interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** Each run of text on the card with its box, from the SVG satori writes with text kept as text. */
async function textBoxes(facts: CardFacts): Promise<TextBox[]> {
  const svg = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
  }).parse(await cardSvg(facts, { embedFont: false })) as unknown;
  const boxes: TextBox[] = [];
  const visit = (value: unknown, name: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, name));
    if (typeof value !== "object" || value === null) return;
    const element = value as Record<string, unknown>;
    if (name === "text") {
      boxes.push({
        text: String(element["#text"] ?? " "),
        x: Number(element["x"]),
        y: Number(element["y"]),
        width: Number(element["width"]),
      });
    }
    for (const [key, child] of Object.entries(element)) visit(child, key);
  };
  visit(svg, "");
  return boxes;
}

const shownText = async (facts: CardFacts) =>
  (await textBoxes(facts))
    .map((box) => box.text)
    .join("")
    .replace(/\s+/g, " ");

describe("vacancyCardFacts", () => {
  it("gives the deadline in words, in the deadline's own zone", () => {
    expect(FACTS.deadline).toBe("closes 12:00 midday UK time on Wednesday 1 July 2026");
    expect(
      vacancyCardFacts({
        ...VACANCY,
        closes: { instant: "2026-01-15T22:00:00Z", timeZone: "America/New_York" },
      }).deadline,
    ).toBe("closes 17:00 New York time on Thursday 15 January 2026");
    expect(vacancyCardFacts({ ...VACANCY, closes: undefined }).deadline).toBe("until filled");
  });

  it("leaves out emoji, which the card's font would draw as empty boxes", async () => {
    const facts = vacancyCardFacts({
      ...VACANCY,
      title: "🧠 PhD in brain imaging 👩🏽‍🔬 for 🇬🇧 and 1️⃣ lab ❤️",
    });
    expect(facts.title).toBe("PhD in brain imaging for and lab");
    expect(await shownText(facts)).toContain("PhD in brain imaging for and lab");
    expect(withoutEmoji("Zürich #1 café — 50% × 2")).toBe("Zürich #1 café — 50% × 2");
  });

  it("names the town once", () => {
    expect(FACTS.place).toBe("Department of Engineering Science, University of Oxford");
    expect(
      vacancyCardFacts({
        ...VACANCY,
        location: { name: "Institute of Biomedical Engineering", locality: "Exampleton" },
      }).place,
    ).toBe("Institute of Biomedical Engineering, Exampleton");
  });
});

describe("vacancyCard", () => {
  // Only the fields the card reads: a whole catalog entry needs a content build.
  const vacancy = (status: "open" | "closed") =>
    ({
      entry: { id: "phd-x", data: { title: VACANCY.title, location: VACANCY.location } },
      status,
      closes: undefined,
    }) as unknown as VacancyWithFunding;
  const profile = { data: { name: VACANCY.groupName } } as ProfileEntry;

  it("gives an open vacancy a card of its own, described by its title", () => {
    expect(vacancyCard(vacancy("open"), profile)).toEqual({
      path: "/vacancies/phd-x/card.png",
      alt: VACANCY.title,
      facts: vacancyCardFacts({ ...VACANCY, closes: undefined }),
    });
  });

  it("leaves a closed vacancy with the site's card", () => {
    expect(vacancyCard(vacancy("closed"), profile)).toBeUndefined();
  });
});

describe("the card", () => {
  it("shows the title, the group, the status with the deadline, and the place", async () => {
    const text = await shownText(FACTS);
    for (const part of [FACTS.title, FACTS.groupName, `Open${FACTS.deadline}`, FACTS.place]) {
      expect(text).toContain(part);
    }
    expect(await shownText({ ...FACTS, status: "closing-soon" })).toContain("Closing soon");
  });

  it("cuts a long title with an ellipsis and keeps every line on the card", async () => {
    const long: CardFacts = {
      ...FACTS,
      title: `PhD studentship in ${"very ".repeat(30)}long titles`,
      place: `Department of ${"Very ".repeat(30)}Long Names, Exampleton`,
      deadline: "closes 12:00 midday New York time on Wednesday 30 September 2026",
    };
    const boxes = await textBoxes(long);
    const text = boxes.map((box) => box.text).join("");
    expect(text).toContain("…");
    expect(text).toContain(FACTS.groupName);
    expect(text).toContain("September 2026");
    for (const box of boxes) {
      expect(box.x, box.text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(CARD_SIZE.width);
      expect(box.y, box.text).toBeLessThanOrEqual(CARD_SIZE.height);
    }
  });
});

describe("socialCardPng", () => {
  const dirs: string[] = [];
  const cacheDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cards-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true }))));

  it("draws a 1200 × 630 PNG and keeps it in the cache under its key", async () => {
    const dir = await cacheDir();
    const png = await socialCardPng(FACTS, { cacheDir: dir });
    expect(pngSize(png)).toEqual(CARD_SIZE);
    expect(await readdir(dir)).toEqual([`${cardKey(FACTS)}.png`]);
  });

  it("reads an unchanged card from the cache instead of drawing it again", async () => {
    const dir = await cacheDir();
    await socialCardPng(FACTS, { cacheDir: dir });
    const marker = new TextEncoder().encode("the cached card");
    await writeFile(path.join(dir, `${cardKey(FACTS)}.png`), marker);
    expect(new TextDecoder().decode(await socialCardPng(FACTS, { cacheDir: dir }))).toBe(
      "the cached card",
    );
  });

  it("draws a card anew when anything it shows changes", async () => {
    const keys = new Set(
      [
        FACTS,
        { ...FACTS, title: `${FACTS.title}.` },
        { ...FACTS, status: "closing-soon" as const },
        { ...FACTS, deadline: "until filled" },
        { ...FACTS, place: "Exampleton" },
        { ...FACTS, groupName: "Another group" },
      ].map(cardKey),
    );
    expect(keys.size).toBe(6);
  });
});
