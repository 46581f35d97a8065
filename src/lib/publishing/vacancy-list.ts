/**
 * Whether `/vacancies/` shows the open positions in full: while they are few and their adverts
 * short together. One long advert, or many, would make the page as large as all of them; their
 * summaries are listed instead, each linking to its page.
 */
export function showsOpenInFull(
  bodies: readonly string[],
  limits: { count: number; characters: number },
): boolean {
  const characters = bodies.reduce((sum, body) => sum + body.length, 0);
  return bodies.length <= limits.count && characters <= limits.characters;
}
