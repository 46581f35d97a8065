const MAX_SLUG_LENGTH = 60;

// Letters that NFKD does not split into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * A file name (and so an id and an address) from a title: lower-case ASCII letters and digits
 * joined by single hyphens, at most 60 characters, cut at a word boundary.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug === "") {
    throw new Error(
      `Cannot make a file name from ${JSON.stringify(title)}: it has no letters or digits. Give a title such as "PhD studentship in medical imaging".`,
    );
  }
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  // A single word longer than the limit has no boundary to cut at.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}
