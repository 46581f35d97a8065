import { getRssString } from "@astrojs/rss";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { vacancyFeed, type FeedOptions, type FeedVacancy } from "../src/lib/publishing/feed";

const SITE = "https://group.example.org/lab/";
const SELF = "https://group.example.org/lab/rss.xml?from=a&to=b";

/** 60 vacancies, one posted each day from 1 January 2025, listed oldest first. */
const VACANCIES: FeedVacancy[] = Array.from({ length: 60 }, (_, index) => {
  const day = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);
  return {
    title: `PhD position ${index + 1}`,
    summary: `Summary of position ${index + 1} & its <topics>.`,
    datePosted: day,
    link: `/lab/vacancies/position-${index + 1}/`,
    programmes: index % 2 ? ["DPhil in Engineering Science", "EPSRC AIMS CDT"] : [],
  };
});

const OPTIONS: FeedOptions = {
  title: "Group: vacancies",
  description: "PhD positions in the group.",
  site: SITE,
  self: SELF,
  vacancies: VACANCIES,
  limit: 50,
};

interface ParsedFeed {
  rss: {
    "@_xmlns:atom": string;
    channel: {
      "atom:link": { "@_href": string; "@_rel": string; "@_type": string };
      language: string;
      item: { title: string; link: string; description: string; category?: string[] }[];
    };
  };
}

/** The feed as a reader's XML parser sees it. */
async function readFeed(options: FeedOptions): Promise<ParsedFeed> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === "item" || name === "category",
  });
  return parser.parse(await getRssString(vacancyFeed(options))) as ParsedFeed;
}

describe("vacancyFeed", () => {
  it("names its own address with atom:link rel=self, in the Atom namespace", async () => {
    const { rss } = await readFeed(OPTIONS);
    expect(rss["@_xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    expect(rss.channel["atom:link"]).toEqual({
      "@_href": SELF,
      "@_rel": "self",
      "@_type": "application/rss+xml",
    });
    expect(rss.channel.language).toBe("en-gb");
    expect(await getRssString(vacancyFeed(OPTIONS))).toContain(
      'href="https://group.example.org/lab/rss.xml?from=a&amp;to=b"',
    );
  });

  it("lists only the most recently posted vacancies, newest first", async () => {
    const items = (await readFeed(OPTIONS)).rss.channel.item;
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.title)).toEqual(
      VACANCIES.slice(-50)
        .reverse()
        .map((vacancy) => vacancy.title),
    );
  });

  it("gives each item its page, its summary and its programmes as categories", async () => {
    const items = (await readFeed({ ...OPTIONS, limit: 2 })).rss.channel.item;
    const [newest, next] = [VACANCIES[59]!, VACANCIES[58]!];
    expect(items[0]).toMatchObject({
      link: `https://group.example.org${newest.link}`,
      description: newest.summary,
      category: newest.programmes,
    });
    expect(items[1]).toMatchObject({ description: next.summary });
    expect(items[1]).not.toHaveProperty("category");
  });

  it("orders vacancies posted on the same day by title, whatever order they came in", async () => {
    const sameDay = ["B", "A", "C"].map((title) => ({ ...VACANCIES[0]!, title }));
    const items = (await readFeed({ ...OPTIONS, vacancies: sameDay })).rss.channel.item;
    expect(items.map((item) => item.title)).toEqual(["A", "B", "C"]);
  });
});
