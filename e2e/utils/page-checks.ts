import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** How far the page scrolls sideways, in CSS pixels; 0 or less when it fits its viewport. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** What axe finds wrong with the page as it stands, one line per rule: its id, impact and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}
