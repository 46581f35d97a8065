/**
 * Search engines cut titles off after about 70 characters, and html-validate's `long-title` rule
 * holds every page to that.
 */
export const TITLE_MAX_LENGTH = 70;

/**
 * A page's `<title>`: "Vacancies | Medical Image Analysis Group". The site name is left off when
 * the whole would be too long, since the page's own title says more; a title that is too long
 * on its own is cut at a word and ends with "…".
 */
export function pageTitle(title: string, siteName: string, max = TITLE_MAX_LENGTH): string {
  if (title === siteName) return shorten(title, max);
  const full = `${title} | ${siteName}`;
  return full.length <= max ? full : shorten(title, max);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
