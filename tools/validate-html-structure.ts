/**
 * `node tools/validate-html-structure.ts [dir]`: fails when any built page (every `.html` below
 * `dir`, `dist/` by default) has markup after `</body>` or `</html>`, naming the page, the line
 * and what stands there. `npm run validate:html` runs it after html-validate, which reads the
 * source as written and misses markup that a browser moves.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { strayMarkup } from "../src/checks/html-structure.ts";

const dir = path.resolve(process.argv[2] ?? "dist");
const pages = (await readdir(dir, { recursive: true }))
  .filter((file) => file.endsWith(".html"))
  .sort();
const problems: string[] = [];
for (const page of pages) {
  for (const { where, found, line } of strayMarkup(await readFile(path.join(dir, page), "utf8"))) {
    problems.push(
      `${path.join(path.relative(process.cwd(), dir), page)}:${line}: markup ${where}: ${found}`,
    );
  }
}
if (problems.length) {
  console.error(
    `${problems.join("\n")}\n\n${problems.length} page(s) have markup outside <html> or <body>. Move it inside the layout, before </body>.`,
  );
  process.exit(1);
}
console.log(`${pages.length} pages: nothing after </body> or </html>.`);
