/** "Did you mean": the known value a misspelt key, name or zone most likely meant. */

/** Edit distance between two strings (insertions, deletions, substitutions, transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: at most a third
 * of the letters of the longer of the two differ, ignoring case, hyphens and underscores.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const normalise = (value: string) => value.toLowerCase().replace(/[-_\s]/g, "");
  const target = normalise(word);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    const distance = editDistance(target, normalised);
    const tolerance = Math.max(1, Math.floor(Math.max(target.length, normalised.length) / 3));
    if (distance <= tolerance && (!best || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
