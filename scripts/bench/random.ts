/**
 * A small seeded pseudo-random generator (mulberry32), so that `npm run bench` writes the same
 * entries for the same seed and entry count on every machine.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items of a list, in the list's order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a: turns a seed written as text into 32 bits. */
function hash(seed: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    value ^= seed.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

export function createRandom(seed: string): Random {
  let state = hash(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick() needs a non-empty list");
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, count) => {
      const indices = items.map((_, index) => index);
      // A partial Fisher–Yates shuffle, then the chosen indices back in the list's order.
      const take = Math.min(count, indices.length);
      for (let index = 0; index < take; index++) {
        const other = int(index, indices.length - 1);
        [indices[index], indices[other]] = [indices[other]!, indices[index]!];
      }
      return indices
        .slice(0, take)
        .sort((a, b) => a - b)
        .map((index) => items[index]!);
    },
  };
}
