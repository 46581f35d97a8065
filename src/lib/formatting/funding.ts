import { FUNDING_ROUTES, type FundingRoute } from "../../collections/scholarships";

/** Scholarships that share a funding route, in the order applicants should read about them. */
export interface RouteGroup<T> {
  route: FundingRoute;
  scholarships: T[];
}

/**
 * Groups scholarships by route (automatic, then additional application, then CDT), keeping
 * the order the vacancy lists them in within each route and leaving out empty routes.
 */
export function groupByRoute<T extends { data: { route: FundingRoute } }>(
  scholarships: readonly T[],
): RouteGroup<T>[] {
  return FUNDING_ROUTES.map((route) => ({
    route,
    scholarships: scholarships.filter((scholarship) => scholarship.data.route === route),
  })).filter((group) => group.scholarships.length > 0);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
