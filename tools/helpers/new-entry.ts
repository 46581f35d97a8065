/**
 * `npm run new -- <vacancy|programme|scholarship> "<title>" [--mdx]`: writes a draft entry with
 * every field filled in with its example and described in a comment, like `hugo new`. The
 * fields, their descriptions and examples come from the collections' schemas.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { COLLECTIONS, collectionNamed } from "../../src/collections/index";
import { siteNow } from "../../src/lib/deadlines/now";
import { entryTemplate } from "../../src/lib/schema/scaffold";
import { slugify } from "../../src/lib/formatting/slug";
import { newFileProblems } from "../../src/checks/folder";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Where the command writes and what it prints; tests give their own. */
export interface NewEntryIO {
  log: (text: string) => void;
  error: (text: string) => void;
  /** SITE_NOW, as the build reads it; the real time when unset. */
  siteNow?: string | undefined;
}

const KINDS = COLLECTIONS.filter(({ facts }) => facts.starter).map(({ facts }) => facts.noun);
const USAGE = [
  `Usage: npm run new -- <${KINDS.join("|")}> "<title>" [--mdx] [--root <dir>]`,
  'Example: npm run new -- vacancy "PhD studentship in cardiac image analysis"',
  "A vacancy is plain Markdown (.md); --mdx writes MDX, for a page that needs components.",
].join("\n");

/** The calendar day in Oxford, whatever the machine's own time zone. */
function londonToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/** Runs the command with its arguments; returns the exit code. */
export async function newEntry(args: string[], io: NewEntryIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mdx: { type: "boolean", default: false },
        root: { type: "string", default: ROOT },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  const [kind, ...words] = positionals;
  if (kind === undefined) {
    io.error(USAGE);
    return 1;
  }
  const collection = collectionNamed(kind);
  if (!collection?.facts.starter) {
    io.error(`Unknown kind of entry ${JSON.stringify(kind)}. Use one of: ${KINDS.join(", ")}.`);
    return 1;
  }
  const { facts, schema } = collection;
  const extension = values.mdx ? ".mdx" : facts.extensions[0]!;
  if (!facts.extensions.includes(extension)) {
    io.error(`--mdx is for vacancies; a ${facts.noun} is a ${facts.extensions[0]} file.`);
    return 1;
  }
  // An unquoted title arrives as several words.
  const title = words.join(" ").trim();
  if (title === "") {
    io.error(`Missing the title.\n${USAGE}`);
    return 1;
  }

  let slug: string;
  let text: string;
  try {
    slug = slugify(title);
    // SITE_NOW lets a build and this script agree on the date; it defaults to the real time.
    text = entryTemplate(facts, schema, title, londonToday(siteNow(io.siteNow)), extension);
  } catch (error) {
    io.error((error as Error).message);
    return 1;
  }

  const relative = `${facts.folder}/${slug}${extension}`;
  const root = path.resolve(values.root);
  // The build's own check of the name: not reserved, and no other entry with that id.
  const refused = await newFileProblems(facts, `${slug}${extension}`, root);
  if (refused) {
    io.error(
      `${relative} would be refused by the build; nothing was written. Choose another title.\n\n${refused}`,
    );
    return 1;
  }
  // A collection whose entries were all deleted has no folder left in git: in a project with its
  // content folder, make it again.
  const folder = path.join(root, facts.folder);
  if (!existsSync(folder) && existsSync(path.dirname(folder))) await mkdir(folder);
  try {
    // `wx` fails if the file exists, so an entry is never overwritten, even in a race.
    await writeFile(path.join(root, relative), text, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      io.error(`${relative} already exists; nothing was written. Choose another title.`);
    } else if (code === "ENOENT") {
      io.error(`There is no folder ${facts.folder} in ${root}; is that the project?`);
    } else {
      io.error(`Could not write ${relative}: ${(error as Error).message}`);
    }
    return 1;
  }

  const preview =
    facts.bodyExample !== undefined
      ? `npm run dev shows it at /${facts.name}/${slug}/, with a Draft banner.`
      : `List its id, ${slug}, under ${facts.name}: in a vacancy; npm run dev then shows it there.`;
  io.log(
    [
      `Created ${relative}`,
      "",
      "Next steps:",
      `  1. Edit the fields in ${relative}; the comment above each says what it takes.`,
      `  2. ${preview}`,
      "  3. Set draft: false to publish it; npm run build leaves drafts out.",
    ].join("\n"),
  );
  return 0;
}
