import { describe, expect, it } from "vitest";
import { strayMarkup } from "../src/checks/html-structure";

const page = (after: string) =>
  `<!doctype html>\n<html lang="en"><head><title>t</title></head><body><p>Text</p></body>${after}`;

describe("strayMarkup", () => {
  it("returns nothing for a page that ends with </html>", () => {
    expect(strayMarkup(page("</html>\n"))).toEqual([]);
  });

  it("finds a script after </html> and markup between </body> and </html>", () => {
    expect(strayMarkup(page('</html><script type="module" src="/_astro/search.js"></script>')))
      .toMatchInlineSnapshot(`
      [
        {
          "found": "<script type="module" src="/_astro/search.js"></script>",
          "line": 2,
          "where": "after </html>",
        },
      ]
    `);
    expect(strayMarkup(page("<div>late</div></html>"))).toMatchInlineSnapshot(`
      [
        {
          "found": "<div>late</div>",
          "line": 2,
          "where": "after </body>",
        },
      ]
    `);
  });

  it("says when a page has no </html>", () => {
    expect(strayMarkup("<!doctype html><title>t</title><p>Text")).toMatchInlineSnapshot(`
      [
        {
          "found": "no </html>",
          "line": 1,
          "where": "at the end",
        },
      ]
    `);
  });
});
