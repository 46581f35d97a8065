import type { AstroIntegration, AstroUserConfig } from "astro";
import type { MarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import config from "../astro.config.mjs";
import { sanitizedMarkdown } from "../src/lib/markdown/processor";

/** A vacancy's text with every kind of address it may hold. */
const TEXT = [
  "[all vacancies](/vacancies/), [past positions][past], [home](/) and ![a chart](/images/chart.png);",
  "[fees](https://www.ox.ac.uk/fees), [write](mailto:someone@ox.ac.uk) and [apply](#apply);",
  "[this page](./), [the list](../) and ![a chart beside it](./chart.png).",
  "",
  "[past]: /vacancies/past/",
].join("\n");

async function render(
  processor: Pick<MarkdownProcessor, "createRenderer">,
  source: string,
): Promise<string> {
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  return (await renderer.render(source)).code;
}

describe("sanitizedMarkdown", () => {
  it("puts a base of /lab/ in front of site paths, and leaves full addresses, fragments and relative paths alone", async () => {
    expect(await render(sanitizedMarkdown("/lab/"), TEXT)).toMatchInlineSnapshot(`
      "<p><a href="/lab/vacancies/">all vacancies</a>, <a href="/lab/vacancies/past/">past positions</a>, <a href="/lab/">home</a> and <img src="/lab/images/chart.png" alt="a chart">;
      <a href="https://www.ox.ac.uk/fees">fees</a>, <a href="mailto:someone@ox.ac.uk">write</a> and <a href="#apply">apply</a>;
      <a href="./">this page</a>, <a href="../">the list</a> and <img src="./chart.png" alt="a chart beside it">.</p>"
    `);
  });

  it("changes nothing at the root, where the base is /", async () => {
    const atRoot = await render(sanitizedMarkdown("/"), TEXT);
    expect(atRoot).toContain('<a href="/vacancies/">all vacancies</a>');
    expect(atRoot).toContain('<img src="/images/chart.png" alt="a chart">');
    expect(await render(sanitizedMarkdown(), TEXT)).toBe(atRoot);
  });

  it("takes a base with or without its trailing slash", async () => {
    expect(await render(sanitizedMarkdown("/lab"), TEXT)).toBe(
      await render(sanitizedMarkdown("/lab/"), TEXT),
    );
  });

  it("reads every path as written from the site root, even one that starts with the base", async () => {
    expect(await render(sanitizedMarkdown("/lab/"), "[the list](/lab/vacancies/)")).toBe(
      '<p><a href="/lab/lab/vacancies/">the list</a></p>',
    );
  });

  it("still sanitizes: a hostile link loses its target, under a base too", async () => {
    const html = await render(sanitizedMarkdown("/lab/"), "[apply](javascript:alert(1))");
    expect(html).not.toContain("javascript:");
  });
});

describe("the build's Markdown processor", () => {
  it("is sanitizedMarkdown for the base of the config Astro resolved", async () => {
    const integration = (config.integrations ?? [])
      .flat()
      .find(
        (candidate): candidate is AstroIntegration =>
          !!candidate && candidate.name === "markdown-under-base",
      );
    const setup = integration?.hooks["astro:config:setup"];
    let processor: MarkdownProcessor | undefined;
    await setup?.({
      config: { base: "/lab/" },
      updateConfig: (update: AstroUserConfig) => (processor = update.markdown?.processor),
    } as unknown as Parameters<NonNullable<typeof setup>>[0]);
    expect(processor).toBeDefined();
    expect(await render(processor!, TEXT)).toBe(await render(sanitizedMarkdown("/lab/"), TEXT));
  });
});

describe("table alignment", () => {
  it("is a class the stylesheet aligns, not HTML's obsolete align attribute", async () => {
    const html = await render(
      sanitizedMarkdown(),
      "| a | b | c |\n| :- | :-: | -: |\n| 1 | 2 | 3 |",
    );
    expect(html).not.toContain("align=");
    for (const side of ["left", "center", "right"]) {
      expect(html).toMatch(new RegExp(`<th class="align-${side}">`));
      expect(html).toMatch(new RegExp(`<td class="align-${side}">`));
    }
  });
});
