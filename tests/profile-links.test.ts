import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import ProfileLinks from "../src/components/ProfileLinks.astro";

describe("ProfileLinks", () => {
  it("renders nothing, not an empty disclosure, when there are no links", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ProfileLinks, { props: { links: [] } });
    expect(html.trim()).toBe("");
  });

  it("renders each link with its name inside a disclosure", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ProfileLinks, {
      props: { links: [{ kind: "orcid", url: "https://orcid.org/0000-0002-1825-0097" }] },
    });
    expect(html).toContain("<details");
    expect(html).toMatch(/<summary[^>]*>Academic links<\/summary>/);
    expect(html).toMatch(
      /<a href="https:\/\/orcid.org\/0000-0002-1825-0097"[^>]*>\s*<svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>\s*ORCID\s*<\/a>/,
    );
  });
});
