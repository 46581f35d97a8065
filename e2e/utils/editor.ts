import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** The project's own content: what the editor's local repository starts with. */
const ROOT = path.resolve(import.meta.dirname, "../..");
export const CONTENT = "src/content";

/** Every file of the site's content, by its path in the repository. */
export function contentFiles(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(path.join(ROOT, CONTENT), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
    files[file] = readFileSync(path.join(ROOT, file));
  }
  return files;
}

const REPOSITORY = "repository";
/** The editor's address: on the site under test, or a full one on another server. */
const EDITOR = "/admin/";
/**
 * A plain page of the same site, beside the editor's folder: where the tests stand to reach the
 * site's storage, or to leave the editor. (Under `npm run dev` the configuration is a download.)
 */
const plainPage = (admin: string) => `${admin}../robots.txt`;

/**
 * Opens the editor on a repository kept in the browser's origin-private file system: the site's
 * content and a `.git` folder. "Work with Local Repository" asks for a folder with
 * `showDirectoryPicker`; the stub answers with that one, so the production configuration runs as
 * it does on a maintainer's machine.
 */
export async function openEditor(page: Page, hash = "", admin = EDITOR): Promise<void> {
  await page.addInitScript((name) => {
    Object.defineProperty(window, "showDirectoryPicker", {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name),
    });
  }, REPOSITORY);
  // The editor asks GitHub's status page about outages; offline, it is told there are none.
  await page.route("https://www.githubstatus.com/**", (route) =>
    route.fulfill({ json: { status: { indicator: "none", description: "" } } }),
  );
  await openAgain(page, hash, admin);
}

/**
 * Loads the editor afresh at `hash`. It opens the folder it had by itself once it has stored it;
 * until then, and on the first visit, it asks, and the stub answers.
 */
export async function openAgain(page: Page, hash: string, admin = EDITOR): Promise<void> {
  // From another page, so that the editor starts again rather than follow the hash.
  await page.goto(plainPage(admin));
  await page.goto(`${admin}${hash}`);
  const signIn = page.getByRole("button", { name: /Work with Local Repository/ });
  const signedIn = page.getByRole("toolbar", { name: "Global" });
  await expect(signIn.or(signedIn)).toBeVisible();
  if (await signIn.isVisible()) await signIn.click();
  await expect(signedIn).toBeVisible();
}

/** Puts `files` into a fresh repository in OPFS, with the `.git` folder the editor looks for. */
export async function seedRepository(
  page: Page,
  files: Record<string, Buffer>,
  admin = EDITOR,
): Promise<void> {
  await page.goto(plainPage(admin));
  const encoded = Object.fromEntries(
    Object.entries({ ...files, ".git/HEAD": Buffer.from("ref: refs/heads/main\n") }).map(
      ([file, bytes]) => [file, bytes.toString("base64")],
    ),
  );
  await page.evaluate(
    async ({ name, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(name, { recursive: true }).catch(() => undefined);
      const root = await opfs.getDirectoryHandle(name, { create: true });
      for (const [file, base64] of Object.entries(files)) {
        const parts = file.split("/");
        let folder = root;
        for (const part of parts.slice(0, -1)) {
          folder = await folder.getDirectoryHandle(part, { create: true });
        }
        const writable = await (
          await folder.getFileHandle(parts.at(-1)!, { create: true })
        ).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)));
        await writable.close();
      }
    },
    { name: REPOSITORY, files: encoded },
  );
}

/** The text of a file in the repository, or `undefined` while it is not there. */
export async function repositoryFile(page: Page, file: string): Promise<string | undefined> {
  return (await repositoryBytes(page, file))?.toString("utf8");
}

/** The bytes of a file in the repository, or `undefined` while it is not there. */
export async function repositoryBytes(page: Page, file: string): Promise<Buffer | undefined> {
  const base64 = await page.evaluate(
    async ({ name, file }) => {
      try {
        let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
        const parts = file.split("/");
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        const handle = await folder.getFileHandle(parts.at(-1)!);
        const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
        let binary = "";
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      } catch {
        return undefined;
      }
    },
    { name: REPOSITORY, file },
  );
  return base64 === undefined ? undefined : Buffer.from(base64, "base64");
}

/** The files of a folder of the repository, by name. */
export async function repositoryFolder(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(
    async ({ name, folder }) => {
      let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      for (const part of folder.split("/")) handle = await handle.getDirectoryHandle(part);
      const names: string[] = [];
      for await (const key of (handle as unknown as { keys: () => AsyncIterable<string> }).keys()) {
        names.push(key);
      }
      return names.sort();
    },
    { name: REPOSITORY, folder },
  );
}
