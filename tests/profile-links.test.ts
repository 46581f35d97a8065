import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import ProfileLinks from "../src/components/ProfileLinks.astro";
import { smallAvatarWarning } from "../src/checks/references";

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

describe("smallAvatarWarning", () => {
  const file = "src/content/profile/group.yaml";

  it("names the file, the field and the picture's size when it is smaller than 256 pixels either way", () => {
    expect(smallAvatarWarning(file, { width: 100, height: 60 })).toMatchInlineSnapshot(`
      "src/content/profile/group.yaml has 1 problem:
        - avatar: is 100 × 60 pixels, so it shows blurred: the sidebar draws it at up to 224 pixels on sharp screens, and job search takes it at 256 × 256. Use a picture at least 256 × 256 pixels; a square one is shown whole, another is cropped to its middle."
    `);
    expect(smallAvatarWarning(file, { width: 800, height: 255 })).toContain("is 800 × 255 pixels");
  });

  it("says nothing of a picture at least 256 pixels each way, square or not", () => {
    expect(smallAvatarWarning(file, { width: 256, height: 256 })).toBe(undefined);
    expect(smallAvatarWarning(file, { width: 1200, height: 800 })).toBe(undefined);
  });
});
