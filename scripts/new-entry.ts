/**
 * `npm run new -- <vacancy|program|scholarship> "<title>"`: writes a draft entry with every
 * field filled in and commented, like `hugo new`.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { siteNow } from "../src/lib/now.ts";
import {
  COLLECTIONS,
  KIND_NAMES,
  entryPath,
  entryTemplate,
  resolveCollection,
  slugify,
} from "../src/lib/scaffold.ts";

const USAGE = [
  `Usage: npm run new -- <${KIND_NAMES.join("|")}> "<title>" [--root <dir>]`,
  'Example: npm run new -- vacancy "PhD studentship in cardiac image analysis"',
].join("\n");

interface Options {
  root: string;
  positional: string[];
}

function parseArgs(args: readonly string[]): Options | { error: string } | "help" {
  const options: Options = { root: path.resolve(import.meta.dirname, ".."), positional: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--root" || arg.startsWith("--root=")) {
      const value = arg === "--root" ? args[++index] : arg.slice("--root=".length);
      if (!value) return { error: "--root needs a directory." };
      options.root = path.resolve(value);
    } else if (arg.startsWith("--")) {
      return { error: `Unknown option ${arg}.` };
    } else {
      options.positional.push(arg);
    }
  }
  return options;
}

/** The calendar day in Oxford, whatever the machine's own time zone. */
function londonToday(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

async function main(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === "help") {
    console.log(USAGE);
    return 0;
  }
  if ("error" in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 1;
  }
  const [kind, ...words] = parsed.positional;
  if (kind === undefined) {
    console.error(USAGE);
    return 1;
  }
  const collection = resolveCollection(kind);
  if (!collection) {
    console.error(
      `Unknown collection ${JSON.stringify(kind)}. Use one of: ${KIND_NAMES.join(", ")}.`,
    );
    return 1;
  }
  // An unquoted title arrives as several words.
  const title = words.join(" ").trim();
  if (title === "") {
    console.error(`Missing the title.\n${USAGE}`);
    return 1;
  }

  let slug: string;
  let text: string;
  try {
    slug = slugify(title);
    // SITE_NOW lets a build and this script agree on the date; it defaults to the real time.
    text = entryTemplate(collection, title, londonToday(siteNow(process.env["SITE_NOW"])));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }

  const relative = entryPath(collection, slug);
  const file = path.join(parsed.root, relative);
  try {
    // `wx` fails if the file exists, so an entry is never overwritten, even in a race.
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      console.error(`${relative} already exists; nothing was written. Choose another title.`);
    } else if (code === "ENOENT") {
      console.error(
        `There is no folder ${COLLECTIONS[collection].folder} in ${parsed.root}; is that the project?`,
      );
    } else {
      console.error(`Could not write ${relative}: ${(error as Error).message}`);
    }
    return 1;
  }

  const preview =
    collection === "vacancies"
      ? `npm run dev shows it at /vacancies/${slug}/, with a Draft banner.`
      : `List its id, ${slug}, under ${collection}: in a vacancy; npm run dev then shows it there.`;
  console.log(
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

process.exitCode = await main(process.argv.slice(2));
