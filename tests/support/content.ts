import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "astro/zod";
import { fileProblems } from "../../src/checks/files";
import { COLLECTIONS } from "../../src/collections/index";
import { readEntry } from "../../src/checks/read-entry";
import { formatEntryError } from "../../src/checks/entry-errors";
import { referenceErrors, referenceTargets } from "../../src/checks/references";

const ROOT = path.resolve(import.meta.dirname, "../..");

type Data = Record<string, unknown>;

/**
 * The messages a production build prints for the site's content with `files` added, replaced or
 * (null) deleted, found without building: the same checks in the same order as the content
 * loader (folder, then each file) and the catalog (references between published entries).
 * Paths are relative to the project.
 */
export async function contentErrors(files: Record<string, string | null>): Promise<string[]> {
  const errors: string[] = [];
  const entries = new Map<string, { id: string; file: string; data: Data }[]>();
  for (const { facts, schema } of COLLECTIONS) {
    const names = await folderFiles(facts.folder, files);
    const misplaced = fileProblems(facts, names);
    errors.push(
      ...misplaced.map(({ file, problems }) =>
        formatEntryError(`${facts.folder}/${file}`, problems),
      ),
    );
    if (misplaced.length) continue;
    const read: { id: string; file: string; data: Data }[] = [];
    for (const name of names.filter((file) => facts.extensions.includes(path.extname(file)))) {
      const file = `${facts.folder}/${name}`;
      const contents = files[file] ?? (await readFile(path.join(ROOT, file), "utf8"));
      const entry = await readEntry(schema as z.ZodType, file, contents);
      if ("error" in entry) errors.push(entry.error);
      else read.push({ id: path.basename(name, path.extname(name)), file, data: entry.data });
    }
    entries.set(facts.name, read);
  }
  if (errors.length) return errors;

  const targets = (name: string, noun: string) =>
    referenceTargets(
      noun,
      (entries.get(name) ?? []).map(({ id, data }) => ({ id, draft: data["draft"] === true })),
      false,
    );
  return referenceErrors(
    (entries.get("vacancies") ?? [])
      .filter(({ data }) => data["draft"] !== true)
      .map(({ file, data }) => ({
        file,
        programs: (data["programs"] as string[] | undefined) ?? [],
        scholarships: (data["scholarships"] as string[] | undefined) ?? [],
      })),
    targets("programs", "programme"),
    targets("scholarships", "scholarship"),
  );
}

/** The files of a collection's folder, relative to it, after the changes in `files`. */
async function folderFiles(
  folder: string,
  files: Record<string, string | null>,
): Promise<string[]> {
  const present = new Set<string>();
  try {
    for (const entry of await readdir(path.join(ROOT, folder), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile()) {
        present.add(
          path.relative(path.join(ROOT, folder), path.join(entry.parentPath, entry.name)),
        );
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  for (const [file, contents] of Object.entries(files)) {
    if (!file.startsWith(`${folder}/`)) continue;
    const name = file.slice(folder.length + 1);
    if (contents === null) present.delete(name);
    else present.add(name);
  }
  return [...present].sort();
}
