import { existsSync } from "node:fs";
import { readdir, readlink } from "node:fs/promises";
import path from "node:path";
import { formatEntryError, type EntryProblem } from "./messages";
import { bodyField } from "./entry";
import { localPictures } from "../lib/markdown/safety";
import { slugify } from "../lib/formatting/slug";
import { ID_PATTERN, type CollectionFacts } from "../collections/fields";

/** What is wrong with one file of a collection's folder, before its contents are read. */
export interface FileProblems {
  /** The file, relative to the collection's folder. */
  file: string;
  problems: EntryProblem[];
}

/**
 * Checks the files of a collection's folder (paths relative to it, with `/`): each entry sits
 * directly in the folder, has a name that is a valid address and not reserved, no two entries
 * share an id, and nothing else is there but assets and hidden files. An entry's id is its file
 * name without the extension, as used in addresses and references.
 */
export function fileProblems(facts: CollectionFacts, files: readonly string[]): FileProblems[] {
  const found: FileProblems[] = [];
  const byId = new Map<string, string>();
  const entries = files.filter((file) => !path.posix.basename(file).startsWith("."));
  const ids = new Set(entries.map((file) => idOf(file)));
  const where = (file: string) => `${facts.folder}/${file}`;
  for (const file of entries) {
    const extension = path.posix.extname(file);
    const problems: EntryProblem[] = [];
    if (facts.assets.includes(extension.toLowerCase())) continue;
    if (!facts.extensions.includes(extension)) {
      problems.push({
        field: "(the file)",
        problem: facts.assets.length
          ? `is neither a ${facts.noun} entry (${facts.extensions.join(" or ")}) nor a picture (${facts.assets.join(", ")}), which are all that ${facts.folder}/ holds. Move it out; to publish a document that an advert links to, such as a PDF, put it in public/ and link to it by its path (/advert.pdf for public/advert.pdf).`
          : `is not a ${facts.noun} entry: ${facts.noun} files end in ${facts.extensions.join(" or ")}. Rename it, or move it out of ${facts.folder}/.`,
      });
      found.push({ file, problems });
      continue;
    }
    const id = idOf(file);
    if (file.includes("/")) {
      problems.push({
        field: "(the file)",
        problem: `is in a subfolder; ${facts.noun} entries sit directly in ${facts.folder}/. Move it to ${where(path.posix.basename(file))}.`,
      });
    } else if (!ID_PATTERN.test(id)) {
      const suggestion = suggestedName(id, extension, ids);
      problems.push({
        field: "(the file name)",
        problem: `is not a valid address: "${id}" becomes part of a URL, so it may hold only lower-case letters, digits and single hyphens. ${suggestion}`,
      });
    } else if (facts.reservedIds.includes(id)) {
      problems.push({
        field: "(the file name)",
        problem: `"${id}" is taken by another page of the site (${facts.reservedIds.join(", ")} are reserved); rename the file.`,
      });
    } else if (byId.has(id)) {
      problems.push({
        field: "(the file name)",
        problem: `gives the id "${id}", as ${where(byId.get(id)!)} does; two entries cannot share an address. Rename one of them.`,
      });
    } else {
      byId.set(id, file);
    }
    if (problems.length) found.push({ file, problems });
  }
  return found;
}

function idOf(file: string): string {
  return path.posix.basename(file, path.posix.extname(file));
}

function suggestedName(id: string, extension: string, ids: ReadonlySet<string>): string {
  let slug: string;
  try {
    slug = slugify(id);
  } catch {
    return "Rename it with letters or digits, such as phd-studentship.md.";
  }
  return ids.has(slug)
    ? `Rename it; ${slug}${extension} is already taken by another entry.`
    : `Rename it to ${slug}${extension}.`;
}

/** What a collection's folder holds, as paths relative to it with `/`. */
export interface FolderListing {
  /** Regular files. */
  files: string[];
  /** Symbolic links, with where each points as the link is written and as an absolute path. */
  links: { file: string; target: string; resolved: string }[];
}

/**
 * Every regular file and symbolic link below `folder`; nothing when it does not exist. Links
 * are listed, not followed: Astro's glob loader would follow them and publish whatever they point
 * to under the link's name.
 */
export async function listFolder(folder: string): Promise<FolderListing> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { files: [], links: [] };
    throw error;
  }
  const relative = (entry: (typeof entries)[number]) =>
    path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
  const links = await Promise.all(
    entries
      .filter((entry) => entry.isSymbolicLink())
      .map(async (entry) => {
        const target = await readlink(path.join(entry.parentPath, entry.name));
        return { file: relative(entry), target, resolved: path.resolve(entry.parentPath, target) };
      }),
  );
  return {
    files: entries
      .filter((entry) => entry.isFile())
      .map(relative)
      .sort(),
    links: links.sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}

/**
 * A symbolic link in a collection's folder is refused, whatever it points to: followed, it would
 * replace an entry of the same name, publish a file from outside the project, or give a page an
 * address its target's name would not pass. `root` is the project's folder.
 */
export function linkProblems(
  facts: CollectionFacts,
  links: FolderListing["links"],
  root: string,
): FileProblems[] {
  return links.map(({ file, target, resolved }) => {
    const fromRoot = path.relative(root, resolved).split(path.sep).join("/");
    const outside = fromRoot.startsWith("../") || path.isAbsolute(fromRoot);
    const shown = outside
      ? ` (outside the project${resolved === target ? "" : `: ${resolved}`})`
      : fromRoot === target
        ? ""
        : ` (${fromRoot})`;
    return {
      file,
      problems: [
        {
          field: "(the file)",
          problem: `is a symbolic link to ${JSON.stringify(target)}${shown}; ${facts.noun} entries must be files that sit in ${facts.folder}/ themselves. Replace the link with a copy of the file it points to, or remove it.`,
        },
      ],
    };
  });
}

/**
 * The messages for a collection folder's links and files (see `linkProblems` and
 * `fileProblems`), one per file. `root` is the project's folder.
 */
export function folderErrors(
  facts: CollectionFacts,
  listing: FolderListing,
  root: string,
): string[] {
  return folderProblems(facts, listing, root).map(({ message }) => message);
}

/** `folderErrors`, each with its file relative to the collection's folder. */
export function folderProblems(
  facts: CollectionFacts,
  { files, links }: FolderListing,
  root: string,
): { file: string; message: string }[] {
  return [...linkProblems(facts, links, root), ...fileProblems(facts, files)].map(
    ({ file, problems }) => ({
      file,
      message: formatEntryError(`${facts.folder}/${file}`, problems),
    }),
  );
}

/**
 * The message for a file that has just appeared in a collection's folder (`file` relative to it),
 * or nothing when its name and place are fine. It is checked as the last of the folder's files,
 * so that it, not the entry already there, is the one that repeats an id.
 */
export async function newFileProblems(
  facts: CollectionFacts,
  file: string,
  root: string,
): Promise<string | undefined> {
  const listing = await listFolder(path.join(root, facts.folder));
  const files = [...listing.files.filter((other) => other !== file), file];
  const links = listing.links.filter((link) => link.file === file);
  return folderProblems(facts, { files: links.length ? [] : files, links }, root).find(
    (problem) => problem.file === file,
  )?.message;
}

/** True for a file (relative to the collection's folder) that is an entry to read. */
export function isEntryFile(facts: CollectionFacts, file: string): boolean {
  return !file.includes("/") && entryFiles(facts, [file]).length === 1;
}

/** The files of a folder's listing that are entries to read, not assets or hidden files. */
export function entryFiles(facts: CollectionFacts, files: readonly string[]): string[] {
  return files.filter(
    (file) =>
      facts.extensions.includes(path.posix.extname(file)) &&
      !path.posix.basename(file).startsWith("."),
  );
}

/**
 * The pictures a plain Markdown entry's text shows that are not there: one beside the entry
 * (`./chart.png`), or in `public/` (`/chart.png`). Astro would stop on the first without naming
 * the entry, and the second would be a broken image. `file` is relative to `root`; `bodyLine` is
 * the line of the file the text starts on.
 */
export function missingPictures(
  root: string,
  file: string,
  body: string,
  bodyLine: number | undefined,
): EntryProblem[] {
  return localPictures(body).flatMap(({ url, line }) => {
    const written = url.split(/[?#]/)[0] ?? url;
    let decoded = written;
    try {
      decoded = decodeURIComponent(written);
    } catch {
      // A stray % is part of the name.
    }
    const target = decoded.startsWith("/")
      ? path.join(root, "public", decoded)
      : path.resolve(root, path.dirname(file), decoded);
    if (existsSync(target)) return [];
    const expected = path.relative(root, target).split(path.sep).join("/");
    return [
      {
        field: bodyField(bodyLine, line),
        problem: `shows the picture ${JSON.stringify(url)}, but there is no ${expected}; save the picture there, or correct the address.`,
      },
    ];
  });
}

/** `missingPictures` of a plain Markdown entry as the maintainer's message; nothing otherwise. */
export function picturesError(
  root: string,
  file: string,
  { body, bodyLine }: { body: string; bodyLine?: number | undefined },
): string | undefined {
  if (!file.endsWith(".md")) return undefined;
  const problems = missingPictures(root, file, body, bodyLine);
  return problems.length ? formatEntryError(file, problems) : undefined;
}
