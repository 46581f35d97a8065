/**
 * Where a vacancy is, as one line: "Department of Bioengineering, Example University,
 * Exampleton", or just the name when it already says the town ("Department of Engineering
 * Science, University of Oxford" in Oxford), so the town is not repeated.
 */
export function placeName({ name, locality }: { name: string; locality: string }): string {
  return namesWord(name, locality) ? name : `${name}, ${locality}`;
}

/** True when `text` holds `word` as a whole word, in any case: "Oxford" in "University of Oxford". */
function namesWord(text: string, word: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}
