/**
 * The framework floor: the least an Astro site can do with the same MDX files. One glob()
 * collection with a permissive schema, one page per entry (its title and body) and one list
 * page. What our site takes beyond this is what its own pages, components and data cost.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const FILES: Record<string, string> = {
  "package.json": `${JSON.stringify({ name: "bench-floor", type: "module", private: true }, null, 2)}\n`,
  "tsconfig.json": `${JSON.stringify({ extends: "astro/tsconfigs/base" }, null, 2)}\n`,
  "astro.config.mjs": `import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

export default defineConfig({ integrations: [mdx()] });
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const vacancies = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./src/content/vacancies" }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { vacancies };
`,
  "src/pages/vacancies/[id].astro": `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const entries = await getCollection("vacancies");
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
  "src/pages/vacancies/index.astro": `---
import { getCollection } from "astro:content";

const entries = await getCollection("vacancies");
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Vacancies</title>
  </head>
  <body>
    <h1>Vacancies</h1>
    <ul>
      {entries.map((entry) => (
        <li><a href={\`/vacancies/\${entry.id}/\`}>{entry.data.title}</a></li>
      ))}
    </ul>
  </body>
</html>
`,
};

/** Writes the floor site into `dir`, with the given MDX files (path relative to the project). */
export async function writeFloorSite(
  dir: string,
  vacancies: ReadonlyMap<string, string>,
): Promise<void> {
  const files = new Map<string, string>(Object.entries(FILES));
  for (const [file, contents] of vacancies) files.set(file, contents);
  for (const [file, contents] of files) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}
