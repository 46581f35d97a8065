import { describe, expect, it } from "vitest";
import config from "../astro.config.mjs";
import { renderMarkdown } from "../src/lib/markdown/render";
import { isAllowedUrl, markdownProblems } from "../src/lib/markdown/safety";

/** Markdown that would run a script, load a frame or send the visitor to a hostile scheme. */
const HOSTILE = {
  "an image with onerror": "Read <img src=x onerror=alert(1)> this.",
  "a script element": "<script>alert(1)</script>",
  "an iframe": '<iframe src="https://evil.example/"></iframe>',
  "an inline javascript: link": "[apply](javascript:alert(1))",
  "a javascript: link in capitals": "[apply](JavaScript:alert(1))",
  "an entity-encoded scheme": "[apply](&#106;avascript:alert(1))",
  "a reference link": "[apply][form]\n\n[form]: javascript:alert(1)",
  "an autolink": "<javascript:alert(1)>",
  "a data: link": "[apply](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "a vbscript: link": "[apply](vbscript:msgbox(1))",
  "a protocol-relative link": "[apply](//evil.example/form)",
  "a site path, which a field cannot resolve under a base": "[apply](/vacancies/)",
  "an image": "![logo](https://www.example.org/logo.png)",
};

describe("markdownProblems", () => {
  it("reads an image reference by its first definition, as CommonMark does", () => {
    const source = "![the scanner][s]\n\n[s]: https://images.example.org/s.png\n[s]: ./s.png\n";
    expect(markdownProblems(source, { page: true })).toEqual([
      expect.stringContaining('shows the image "https://images.example.org/s.png" from elsewhere'),
    ]);
  });

  it.for(Object.entries(HOSTILE))("rejects %s", ([, source]) => {
    expect(markdownProblems(source)).not.toEqual([]);
  });

  it("explains each problem in a sentence", () => {
    expect(markdownProblems(HOSTILE["an image with onerror"])).toMatchInlineSnapshot(`
      [
        "contains HTML ("<img src=x onerror=alert(1)>"), which is not allowed here; write Markdown, such as [text](https://example.org/) for a link",
      ]
    `);
    expect(markdownProblems(HOSTILE["a reference link"])).toMatchInlineSnapshot(`
      [
        "links to "javascript:alert(1)"; links must be full addresses starting with https://, http:// or mailto:",
      ]
    `);
    expect(markdownProblems(HOSTILE["an entity-encoded scheme"])).toMatchInlineSnapshot(`
      [
        "links to "javascript:alert(1)"; links must be full addresses starting with https://, http:// or mailto:",
      ]
    `);
  });

  it("accepts web and mail links, bare addresses and emphasis", () => {
    expect(
      markdownProblems(
        "See **the** [fees page](https://www.ox.ac.uk/fees), <https://aims.robots.ox.ac.uk/>, www.bdi.ox.ac.uk or [write](mailto:someone@ox.ac.uk).",
      ),
    ).toEqual([]);
  });

  it("lets a page's own text show images and link by path", () => {
    expect(
      markdownProblems("![chart](./chart.png) [all](/vacancies/) [top](#top)", { page: true }),
    ).toEqual([]);
    expect(
      markdownProblems("[x](//evil.example/) [y](javascript:alert(1))", { page: true }),
    ).toHaveLength(2);
  });
});

describe("images in a page's own text, and the Content-Security-Policy", () => {
  const images = [
    "./chart.png",
    "../shared/chart.png",
    "chart.png",
    "/images/chart.png",
    "https://www.example.org/chart.png",
    "http://www.example.org/chart.png",
    "//cdn.example.org/chart.png",
    "data:image/png;base64,iVBORw0KGgo=",
    "HTTPS://WWW.EXAMPLE.ORG/chart.png",
  ];
  const accepted = (url: string) =>
    markdownProblems(`![chart](${url})`, { page: true }).length === 0 &&
    markdownProblems(`![chart][c]\n\n[c]: ${url}`, { page: true }).length === 0;

  it("refuses a picture from elsewhere, inline or by reference, saying how to fix it", () => {
    expect(
      markdownProblems(
        "![chart][c] ![logo](https://cdn.example.org/logo.png)\n\n[c]: //x.example/c.png",
        {
          page: true,
        },
      ),
    ).toMatchInlineSnapshot(`
      [
        "shows the image "//x.example/c.png" from elsewhere, which the site's Content-Security-Policy (img-src 'self') would block, leaving a broken image; save the picture beside the entry and write ![what it shows](./picture.png)",
        "shows the image "https://cdn.example.org/logo.png" from elsewhere, which the site's Content-Security-Policy (img-src 'self') would block, leaving a broken image; save the picture beside the entry and write ![what it shows](./picture.png)",
        "links to "//x.example/c.png"; links must be full addresses starting with https://, http:// or mailto:, or paths within the site such as /vacancies/",
      ]
    `);
  });

  it("accepts only pictures the policy's img-src lets the browser load", () => {
    const directives = config.security?.csp;
    const imgSrc =
      typeof directives === "object"
        ? directives.directives?.find((directive) => directive.startsWith("img-src "))
        : undefined;
    const sources = imgSrc?.split(" ").slice(1) ?? [];
    const page = new URL("https://group.example.org/vacancies/phd/");
    // What the browser checks: the image's origin against 'self', its scheme against `data:`.
    const allowedByPolicy = (url: string) => {
      const resolved = new URL(url, page);
      return (
        (sources.includes("'self'") && resolved.origin === page.origin) ||
        sources.includes(resolved.protocol)
      );
    };
    const disagreements = images.filter((url) => accepted(url) && !allowedByPolicy(url));
    expect(disagreements).toEqual([]);
    expect(images.filter(accepted)).toEqual([
      "./chart.png",
      "../shared/chart.png",
      "chart.png",
      "/images/chart.png",
    ]);
  });
});

describe("isAllowedUrl", () => {
  it("reads a URL as a browser does", () => {
    expect(isAllowedUrl("https://www.ox.ac.uk/")).toBe(true);
    expect(isAllowedUrl("mailto:someone@ox.ac.uk")).toBe(true);
    expect(isAllowedUrl("java\nscript:alert(1)")).toBe(false);
    expect(isAllowedUrl(" JAVASCRIPT:alert(1)")).toBe(false);
    expect(isAllowedUrl("mailto:")).toBe(false);
    expect(isAllowedUrl("https://")).toBe(false);
  });
});

describe("renderMarkdown", () => {
  it("drops scripts, event handlers and frames even from text the schema never saw", async () => {
    const html = await renderMarkdown(
      `${HOSTILE["an image with onerror"]}\n\n${HOSTILE["a script element"]}\n\n${HOSTILE["an iframe"]}`,
    );
    expect(html).not.toMatch(/<script|onerror|<iframe/i);
  });

  it("keeps a safe link and removes the target of a hostile one", async () => {
    const html = await renderMarkdown(
      "[fees](https://www.ox.ac.uk/fees) and [apply](javascript:alert(1))",
    );
    expect(html).toContain('<a href="https://www.ox.ac.uk/fees">fees</a>');
    expect(html).not.toContain("javascript:");
  });
});
