import { describe, expect, it } from "vitest";
import { openNow, type Pagefind } from "../src/client/search-status";

/** A vacancy in the fake index: its status at the build and its closing instant, if any. */
interface Indexed {
  id: string;
  status: "open" | "closed";
  closes?: string;
}

/** Pagefind over `index`, as far as openNow uses it, counting the results whose data it reads. */
function fakePagefind(index: readonly Indexed[]) {
  const read: string[] = [];
  const pagefind: Pagefind = {
    filters: async () => ({}),
    search: async (_term, { filters = {}, sort = {} }) => {
      const matching = index.filter(
        (vacancy) => !filters["status"] || vacancy.status === filters["status"],
      );
      // Pagefind sorts by the text of the key; open until filled has the key that sorts last.
      const key = (vacancy: Indexed) => vacancy.closes ?? "9999-12-31T23:59:59Z";
      const sorted =
        sort["closes"] === "asc"
          ? [...matching].sort((a, b) => key(a).localeCompare(key(b)))
          : matching;
      return {
        results: sorted.map(({ id, closes }) => ({
          id,
          data: async () => {
            read.push(id);
            return { url: `/vacancies/${id}/`, meta: closes ? { closes } : {} };
          },
        })),
      };
    },
  };
  return { pagefind, read };
}

const BUILT = [
  { id: "closed-at-build", status: "closed", closes: "2025-11-01T12:00:00Z" },
  { id: "closed-since", status: "open", closes: "2025-12-02T12:00:00Z" },
  { id: "closes-at-noon", status: "open", closes: "2025-12-03T12:00:00Z" },
  { id: "open-until-filled", status: "open" },
  ...Array.from({ length: 40 }, (_, index) => ({
    id: `later-${index}`,
    status: "open" as const,
    closes: `2026-0${1 + (index % 9)}-15T17:00:00Z`,
  })),
] satisfies Indexed[];

describe("openNow", () => {
  it("takes a vacancy whose deadline passed since the build as closed, and keeps one closed at the build closed", async () => {
    const { pagefind } = fakePagefind(BUILT);
    const open = await openNow(pagefind, null, {}, Date.parse("2025-12-03T11:59:00Z"));
    expect(open?.has("closed-since")).toBe(false);
    expect(open?.has("closed-at-build")).toBe(false);
    expect(open?.has("closes-at-noon")).toBe(true);
    expect(open?.has("open-until-filled")).toBe(true);
    expect(open?.size).toBe(BUILT.length - 2);
  });

  it("closes a vacancy at its closing instant, not a minute later", async () => {
    const { pagefind } = fakePagefind(BUILT);
    const open = await openNow(pagefind, null, {}, Date.parse("2025-12-03T12:00:00Z"));
    expect(open?.has("closes-at-noon")).toBe(false);
  });

  it("reads the closing times of a few results, not of every open vacancy", async () => {
    const { pagefind, read } = fakePagefind(BUILT);
    await openNow(pagefind, null, {}, Date.parse("2025-12-03T11:59:00Z"));
    expect(read).toContain("closed-since");
    expect(read.length).toBeLessThanOrEqual(5);
  });

  it("reads on past a first batch that has all closed since, and keeps a vacancy open until filled", async () => {
    const allClosed = BUILT.map((vacancy) => ({ ...vacancy, status: "open" as const }));
    const { pagefind } = fakePagefind(allClosed);
    const open = await openNow(pagefind, null, {}, Date.parse("2030-01-01T00:00:00Z"));
    expect([...(open ?? [])]).toEqual(["open-until-filled"]);
  });

  it("says the search failed when Pagefind finds nothing to answer with", async () => {
    const pagefind: Pagefind = { filters: async () => ({}), search: async () => null };
    expect(await openNow(pagefind, "mri", {}, 0)).toBe(undefined);
  });
});
