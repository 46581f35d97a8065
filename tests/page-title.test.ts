import { describe, expect, it } from "vitest";
import { pageTitle, TITLE_MAX_LENGTH } from "../src/lib/publishing/page-title";

const SITE = "Medical Image Analysis Group";

describe("pageTitle", () => {
  it("returns the title and the site name when both fit", () => {
    expect(pageTitle("Vacancies", SITE)).toBe("Vacancies | Medical Image Analysis Group");
  });

  it("returns the site name alone on the page that carries it", () => {
    expect(pageTitle(SITE, SITE)).toBe(SITE);
  });

  it("leaves the site name off when the whole would be too long", () => {
    const title = "PhD studentships in medical image analysis and agentic AI";
    expect(`${title} | ${SITE}`.length).toBeGreaterThan(TITLE_MAX_LENGTH);
    expect(pageTitle(title, SITE)).toBe(title);
  });

  it("keeps the site name when the whole is exactly the limit", () => {
    const title = "x".repeat(TITLE_MAX_LENGTH - ` | ${SITE}`.length);
    expect(pageTitle(title, SITE)).toHaveLength(TITLE_MAX_LENGTH);
  });

  it("cuts a title too long on its own at a word, with an ellipsis", () => {
    const title =
      "Fully funded PhD studentship in uncertainty-aware deep learning for cardiac magnetic resonance imaging";
    expect(pageTitle(title, SITE)).toBe(
      "Fully funded PhD studentship in uncertainty-aware deep learning for…",
    );
    expect(pageTitle(title, SITE).length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
  });

  it("cuts a title with no spaces at the limit", () => {
    expect(pageTitle("x".repeat(100), SITE)).toBe(`${"x".repeat(TITLE_MAX_LENGTH - 1)}…`);
  });
});
