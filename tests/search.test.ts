import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import {
  FUNDING_LABELS,
  OPEN_UNTIL_FILLED_SORT,
  searchRecord,
} from "../src/lib/publishing/search-record";
import { builtPath, fixtureBuild } from "./support/built";
import { FIXTURE } from "./support/fixture-site";

/** The part of Pagefind's browser API (pagefind.js) these tests use. */
interface Pagefind {
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}
interface PagefindData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The fixture's address; the index is fetched from under it, as a browser would. */
const ORIGIN = new URL(FIXTURE.site).origin;

interface PublishedVacancy {
  id: string;
  text: string;
  title: string;
  programs: string[];
}

/** The published vacancies of the fixture, read from their files, not from the site's code. */
async function publishedVacancies(): Promise<PublishedVacancy[]> {
  const folder = path.join(fixtureBuild().dir, "src/content/vacancies");
  const vacancies: PublishedVacancy[] = [];
  for (const file of await readdir(folder)) {
    const text = await readFile(path.join(folder, file), "utf8");
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as {
      title: string;
      draft?: boolean;
      programs?: string[];
    };
    if (data.draft) continue;
    vacancies.push({
      id: path.basename(file, path.extname(file)),
      text: text.toLowerCase(),
      title: data.title,
      programs: data.programs ?? [],
    });
  }
  return vacancies;
}

const urls = async (found: { results: { data(): Promise<PagefindData> }[] }) =>
  (await Promise.all(found.results.map((result) => result.data()))).map((data) => data.url);

describe(`search over the fixture's ${FIXTURE.generatedCount} generated vacancies, under ${FIXTURE.base}`, () => {
  let pagefind: Pagefind;
  let vacancies: PublishedVacancy[];

  beforeAll(async () => {
    // pagefind.js fetches its index; here the fixture's dist/ answers for the site's address.
    vi.stubGlobal("fetch", async (input: string | URL) => {
      const { pathname } = new URL(String(input));
      const file = builtPath(decodeURIComponent(pathname.slice(FIXTURE.base.length)));
      return new Response(await readFile(file));
    });
    const { createInstance } = (await import(
      /* @vite-ignore */ pathToFileURL(builtPath("pagefind", "pagefind.js")).href
    )) as { createInstance(options: { basePath: string }): Pagefind };
    pagefind = createInstance({ basePath: `${ORIGIN}${FIXTURE.base}pagefind/` });
    vacancies = await publishedVacancies();
  });

  afterAll(async () => {
    await pagefind.destroy();
    vi.unstubAllGlobals();
  });

  it("indexes every published vacancy page, and nothing else", async () => {
    const entry = JSON.parse(await readFile(builtPath("pagefind", "pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(vacancies.length);
    expect(vacancies.length).toBeGreaterThan(FIXTURE.generatedCount);
    expect(fixtureBuild().output).toMatch(
      new RegExp(`\\[search-index\\] Indexed ${vacancies.length} page\\(s\\) for search in`),
    );
    // The header's skip link and the sidebar's group name are on every page, outside the body.
    expect((await pagefind.search("skip")).results).toEqual([]);
  });

  it("finds exactly the vacancy whose title holds a word no other vacancy has", async () => {
    // Pagefind matches word stems and prefixes, so no other vacancy may hold the word's first six
    // letters anywhere.
    const unique = vacancies.flatMap((vacancy) =>
      vacancy.title
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((word) => word.length >= 7)
        .filter((word) =>
          vacancies.every((other) => other === vacancy || !other.text.includes(word.slice(0, 6))),
        )
        .map((word) => ({ word, vacancy })),
    );
    expect(unique.length).toBeGreaterThan(0);
    const { word, vacancy } = unique[0]!;
    expect(await urls(await pagefind.search(word))).toEqual([
      `${ORIGIN}${FIXTURE.base}vacancies/${vacancy.id}/`,
    ]);
  });

  it("narrows to the vacancies of one programme", async () => {
    const programmeFolder = path.join(fixtureBuild().dir, "src/content/programs");
    const names = new Map<string, string>();
    for (const file of await readdir(programmeFolder)) {
      const data = parse(await readFile(path.join(programmeFolder, file), "utf8"));
      if (!data.draft) names.set(path.basename(file, ".yaml"), data.name);
    }
    const [id] = [...names.keys()]
      .map((programme) => [
        programme,
        vacancies.filter((vacancy) => vacancy.programs.includes(programme)).length,
      ])
      .sort((a, b) => Number(b[1]) - Number(a[1]))[0]!;
    const expected = vacancies
      .filter((vacancy) => vacancy.programs.includes(String(id)))
      .map((vacancy) => `${ORIGIN}${FIXTURE.base}vacancies/${vacancy.id}/`);
    expect(expected.length).toBeGreaterThan(1);

    const found = await pagefind.search(null, {
      filters: { programme: names.get(String(id))! },
    });
    expect((await urls(found)).sort()).toEqual(expected.sort());
    expect(found.results.length).toBeLessThan(vacancies.length);
  });

  it("marks as closed exactly the vacancies closed at the build's now", async () => {
    const closed = await pagefind.search(null, { filters: { status: "closed" } });
    expect(closed.results.length).toBe(fixtureBuild().closed);
    const data = await Promise.all(closed.results.map((result) => result.data()));
    for (const { meta, filters } of data) {
      expect(filters["status"]).toEqual(["closed"]);
      expect(Date.parse(meta["closes"]!)).toBeLessThanOrEqual(FIXTURE.now.getTime());
    }
    const open = await pagefind.search(null, { filters: { status: "open" } });
    expect(open.results.length).toBe(vacancies.length - fixtureBuild().closed);
  });

  it("sorts by closing date, leaving no vacancy out", async () => {
    const all = await pagefind.search(null, {
      filters: { status: "open" },
      sort: { closes: "asc" },
    });
    const closes = (await Promise.all(all.results.map((result) => result.data()))).map(
      (data) => data.meta["closes"] ?? OPEN_UNTIL_FILLED_SORT,
    );
    // Pagefind drops a page without the sort key from sorted results: every open one is here.
    expect(closes.length).toBe(vacancies.length - fixtureBuild().closed);
    expect(closes).toEqual([...closes].sort());
  });

  it("offers a funding filter with the scholarship routes the vacancies name", async () => {
    const { funding } = await pagefind.filters();
    // The fixture's vacancies draw on all of the site's scholarships, one route each.
    expect(Object.keys(funding ?? {}).sort()).toEqual(Object.values(FUNDING_LABELS).sort());
  });
});

describe("searchRecord", () => {
  it("returns open for a vacancy closing soon, and a sort key after every deadline for one open until filled", () => {
    const vacancy = {
      summary: "A summary.",
      topics: ["Motion correction, in MRI", "Motion correction, in MRI"],
      programmes: ["DPhil: Engineering"],
      fundingRoutes: ["cdt", "cdt"] as const,
    };
    expect(
      searchRecord({
        ...vacancy,
        status: "closing-soon",
        closes: { instant: "2025-12-02T12:00:00Z", inWords: "12:00 midday UK time" },
      }),
    ).toEqual({
      filters: {
        status: ["open"],
        programme: ["DPhil: Engineering"],
        topic: ["Motion correction, in MRI"],
        funding: ["Centre for Doctoral Training studentship"],
      },
      sort: { closes: "2025-12-02T12:00:00Z" },
      meta: {
        closes: "2025-12-02T12:00:00Z",
        deadline: "12:00 midday UK time",
        status: "Closing soon",
        summary: "A summary.",
      },
    });
    const untilFilled = searchRecord({ ...vacancy, status: "open", closes: undefined });
    expect(untilFilled.sort.closes > "2999").toBe(true);
    expect(untilFilled.meta).toEqual({
      deadline: "Open until filled",
      status: "Open",
      summary: "A summary.",
    });
  });
});
