/** Scholarships that share a funding route, in the order applicants should read about them. */
export interface RouteGroup<T, Route extends string> {
  route: Route;
  scholarships: T[];
}

/**
 * Groups scholarships by route, in the order of `routes` (the schema's: automatic, then
 * additional application, then CDT), keeping the order the vacancy lists them in within each
 * route and leaving out empty routes.
 */
export function groupByRoute<Route extends string, T extends { data: { route: Route } }>(
  scholarships: readonly T[],
  routes: readonly Route[],
): RouteGroup<T, Route>[] {
  return routes
    .map((route) => ({
      route,
      scholarships: scholarships.filter((scholarship) => scholarship.data.route === route),
    }))
    .filter((group) => group.scholarships.length > 0);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
