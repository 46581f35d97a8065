import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import type { z } from "astro/zod";
import { EntryError, formatEntryError } from "./messages";
import { BODY_FIELD, exampleLeftovers } from "./entry";
import type { CollectionFacts } from "../collections/fields";
import {
  entryFiles,
  folderProblems,
  isEntryFile,
  listFolder,
  picturesError,
  newFileProblems,
} from "./folder";
import { readEntry, splitFrontMatter } from "./entry";
import { announceOnGitHub } from "./workflow-commands";
import { sourcesDigest } from "./source-digest";

/** `message`, after it has been printed as workflow commands under GitHub Actions. */
function announced(message: string, root: string): string {
  announceOnGitHub(message, root);
  return message;
}

/** The content entry types Astro hands its loaders: how each file extension is read. */
type EntryTypes = Map<
  string,
  { getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<unknown> | unknown }
>;

/**
 * Loads a collection from its folder and checks every entry before Astro stores it. Problems
 * with the folder (entries in subfolders, file names that are not valid addresses, two files
 * with one id, files of another type, symbolic links), YAML syntax errors and fields that do not
 * match `schema` are all collected, then stop the build with one message per file that names each
 * field, what is wrong and a valid value. Nothing is skipped silently.
 *
 * Each file is read and parsed once, by `readEntry`, which replaces the parser of Astro's glob()
 * loader; the glob loader does the rest (MDX modules, rendering, the dev watcher).
 */
export function entryLoader(facts: CollectionFacts, schema: z.ZodType): Loader {
  return {
    name: "entry-loader",
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = path.join(root, facts.folder);
      const listing = await listFolder(folder);
      const misplaced = folderProblems(facts, listing, root);
      // A build stops here. The development server leaves those files out and says why below.
      if (misplaced.length && !context.watcher) {
        const message = misplaced.map(({ message }) => message).join("\n\n");
        throw new EntryError(announced(message, root));
      }
      clearIfSchemasChanged(context, await schemaSourceDigest(root));
      if (!entryFiles(facts, listing.files).length) {
        // An empty or missing folder is a collection with no entries, not an error. Astro warns
        // "does not exist or is empty" when a collection has never held an entry, so one is added
        // and removed: the collection is then known, and empty.
        context.store.clear();
        context.store.set({ id: "empty", data: {} });
        context.store.delete("empty");
        return;
      }

      // During the first load, problems are collected to be reported together. Afterwards, when the
      // development server's watcher reloads one edited file, its problem is thrown at once: the
      // glob loader then logs it and keeps the entry as it was.
      const errors = new Map<string, string>(
        misplaced.map(({ file, message }) => [path.join(folder, file), message]),
      );
      // Under the development server: the files the folder check refused, until one passes.
      const leftOut = new Set(errors.keys());
      const state = { collecting: true };
      // The files that passed the checks as they are: "path\0digest" by id, kept with the store.
      const checked = new Map<string, string>(
        Object.entries(JSON.parse(context.meta.get(CHECKED) ?? "{}") as Record<string, string>),
      );
      const loader = glob({
        pattern: facts.extensions.map((extension) => `*${extension}`),
        base: facts.folder,
        // fileProblems has checked that every name is a valid, unique id; under the development
        // server, a file it refused gets an id of its own until it is left out below, so that it
        // never replaces the entry whose id it repeats.
        generateId: ({ entry }) =>
          leftOut.has(path.join(folder, entry))
            ? `\0${entry}`
            : path.basename(entry, path.extname(entry)),
      });
      context.watcher?.on("add", async (added) => {
        const file = path.relative(folder, added).split(path.sep).join("/");
        // The glob loader reloads the files it would load; this names the ones it would ignore.
        if (file.startsWith("../") || isEntryFile(facts, file) || !existsSync(added)) return;
        const problems = await newFileProblems(facts, file, root);
        if (problems)
          context.logger.error(`${problems}\n\nThis file is left out until it is fixed.`);
      });
      await loader.load({
        ...context,
        entryTypes: checkedEntryTypes(context, facts, schema, root, checked, {
          errors,
          leftOut,
          state,
        }),
        parseData: async (entry) =>
          errors.has(entry.filePath ?? "") ? entry.data : context.parseData(entry),
      } as LoaderContext);

      state.collecting = false;
      context.meta.set(CHECKED, JSON.stringify(Object.fromEntries(checked)));
      if (errors.size) {
        for (const entry of context.store.values()) {
          if (entry.filePath && errors.has(path.join(root, entry.filePath))) {
            context.store.delete(entry.id);
          }
        }
        const message = [...errors.values()].join("\n\n");
        // A build stops. The development server starts without the broken entries and says why
        // loudly, so a maintainer can fix them while it watches; it reloads each file when saved.
        if (!context.watcher) throw new EntryError(announced(message, root));
        context.logger.error(
          `${message}\n\nThese entries are left out until they are fixed. Each is read again when its file is saved (after adding a missing picture, save the entry too).`,
        );
      }
      for (const entry of context.store.values()) {
        const leftovers = exampleLeftovers(schema, entry.data);
        if (facts.bodyExample && entry.body?.includes(facts.bodyExample)) {
          leftovers.push({
            field: BODY_FIELD,
            problem: "still has the example text from the template; write about the position.",
          });
        }
        if (leftovers.length && entry.data["draft"] !== true) {
          const warning = formatEntryError(entry.filePath ?? entry.id, leftovers);
          announceOnGitHub(warning, root, "warning");
          context.logger.warn(warning);
        }
      }
    },
  };
}

/** The folders whose modules make up the schemas and their checks. */
export const SCHEMA_SOURCES = ["src/collections", "src/checks", "src/lib"];

/**
 * A digest of every module the schemas may load (`SCHEMA_SOURCES`), of the installed packages
 * (npm's record of them: zod, yaml, moment-timezone's zone rules) and of the Node that runs the
 * build, whose time-zone rules may be the newer. Astro clears its data store when
 * src/content.config.ts changes, not when a module it imports does, nor when a package does.
 */
export function schemaSourceDigest(root: string): Promise<string> {
  return sourcesDigest(root, {
    sources: SCHEMA_SOURCES,
    records: ["node_modules/.package-lock.json", "package-lock.json"],
    extra: `${process.version}\0${process.versions.tz ?? ""}`,
  });
}

const SCHEMA_DIGEST = "schema-sources";
const CHECKED = "checked-files";

/**
 * Empties the collection's stored entries when the schemas' modules differ from those it was
 * loaded with: the glob loader keeps an entry whose file is unchanged, with the data the old
 * schema gave it, so a local build could render stale entries.
 */
export function clearIfSchemasChanged(
  context: Pick<LoaderContext, "meta" | "store">,
  digest: string,
): void {
  if (context.meta.get(SCHEMA_DIGEST) === digest) return;
  context.store.clear();
  context.meta.delete(CHECKED);
  context.meta.set(SCHEMA_DIGEST, digest);
}

/**
 * The files a load refused, by absolute path: `errors` holds each one's message, and stops the
 * build or is printed by the development server; `leftOut` the ones the folder check refused,
 * which get an id of their own so that they replace no entry. Both forget a file once it passes.
 */
interface Refused {
  errors: Map<string, string>;
  leftOut: Set<string>;
  state: { collecting: boolean };
}

/**
 * Astro's entry types with the reading replaced by `readEntry`: it parses each file once and
 * checks it. A file with problems is recorded in `errors` (by absolute path) and passed on as it
 * is, so that every other file is still checked and all problems are reported at once.
 */
function checkedEntryTypes(
  context: LoaderContext,
  facts: CollectionFacts,
  schema: z.ZodType,
  root: string,
  checked: Map<string, string>,
  { errors, leftOut, state }: Refused,
): EntryTypes {
  const astroTypes = (context as LoaderContext & { entryTypes: EntryTypes }).entryTypes;
  const folder = path.join(root, facts.folder);
  return new Map(
    facts.extensions.map((extension) => {
      const astroType = astroTypes.get(extension);
      if (!astroType) throw new Error(`Astro has no content entry type for ${extension} files.`);
      return [
        extension,
        {
          ...astroType,
          getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
            const filePath = fileURLToPath(fileUrl);
            const file = path.relative(root, filePath).split(path.sep).join("/");
            const id = path.basename(filePath, path.extname(filePath));
            // Astro's glob loader asks for an entry's data before it compares the file with the
            // one it stored. A file that passed these checks as it is now, at this path, under the
            // same schemas and packages, and was stored so, is not read again.
            if (state.collecting && errors.has(filePath))
              return { data: {}, body: "", rawData: "" };
            // A file the development server's watcher hands on that is not stored as its id (a
            // new one, or one left out): its name is checked first, as the last of the folder's.
            if (!state.collecting && context.store.get(id)?.filePath !== file) {
              const entry = path.relative(folder, filePath).split(path.sep).join("/");
              const misnamed = await newFileProblems(facts, entry, root);
              if (misnamed) throw new EntryError(misnamed);
            }
            const verdict = `${file}\0${context.generateDigest(contents)}`;
            const stored = context.store.get(id);
            const unchanged = checked.get(id) === verdict && stored?.filePath === file;
            checked.delete(id);
            const read =
              unchanged && stored
                ? {
                    data: stored.data,
                    body: stored.body ?? "",
                    bodyLine: splitFrontMatter(contents)?.bodyLine,
                  }
                : await readEntry(schema, file, contents);
            // Its pictures are files of their own: checked even when the entry is not read again.
            const missing = "error" in read ? undefined : picturesError(root, file, read);
            const entry = missing ? { error: missing } : read;
            if (!("error" in entry)) {
              checked.set(id, verdict);
              // Fixed while the development server runs: stored under its id, through the schema.
              errors.delete(filePath);
              leftOut.delete(filePath);
              return entry;
            }
            if (!state.collecting) throw new EntryError(entry.error);
            errors.set(filePath, entry.error);
            return { data: {}, body: "", rawData: "" };
          },
        },
      ];
    }),
  );
}
