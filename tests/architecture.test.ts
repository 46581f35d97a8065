import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

interface ModuleImport {
  /** The file imported, relative to the project, or the package's name. */
  target: string;
  typeOnly: boolean;
}

/** The imports of one project file (`.ts`, `.mjs`, or an `.astro` file's front matter). */
function importsOf(file: string): ModuleImport[] {
  let text = readFileSync(path.join(ROOT, file), "utf8");
  if (file.endsWith(".astro")) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const found: ModuleImport[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    const typeOnly = ts.isImportDeclaration(statement)
      ? clause?.isTypeOnly === true ||
        (clause?.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.name === undefined &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly))
      : statement.isTypeOnly;
    found.push({ target: resolveImport(file, specifier.text.replace(/\?.*$/, "")), typeOnly });
  }
  return found;
}

function resolveImport(from: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const base = path.join(path.dirname(from), specifier);
  for (const ending of ["", ".ts", ".js", ".mjs", ".astro", "/index.ts"]) {
    const candidate = base + ending;
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) {
      return candidate;
    }
  }
  throw new Error(`${from} imports ${specifier}, which names no file`);
}

/** Every project module `entry` loads, itself included, following only value imports. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { target, typeOnly } of importsOf(file)) {
      if (!typeOnly && target.includes("/") && existsSync(path.join(ROOT, target))) visit(target);
    }
  };
  visit(entry);
  return seen;
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .map((name) => path.join(folder, name))
    .filter((file) => /\.(ts|astro)$/.test(file));
}

describe("the layout of src/", () => {
  it("loads no Zod schema from astro.config.mjs", () => {
    const loaded = [...loadedBy("astro.config.mjs")];
    const withZod = loaded.filter((file) =>
      importsOf(file).some(({ target }) => target === "astro/zod" || target === "zod"),
    );
    expect(withZod).toEqual([]);
    expect(loaded.filter((file) => file.startsWith("src/collections/"))).toEqual([]);
  });

  it("imports nothing but types from the collections into src/lib", () => {
    const valueImports = filesUnder("src/lib").flatMap((file) =>
      importsOf(file)
        .filter(({ target, typeOnly }) => target.startsWith("src/collections/") && !typeOnly)
        .map(({ target }) => `${file} → ${target}`),
    );
    expect(valueImports).toEqual([]);
  });

  it("gives the routes module no schema to load", () => {
    expect([...loadedBy("src/routes.ts")]).toEqual(["src/routes.ts"]);
  });

  // Folders under src/pages are named by the addresses they serve, not chosen: they are left out.
  it("gives no two folders of the project one name", () => {
    const ignored = new Set(["node_modules", "dist", "fixtures", "src/pages"]);
    const folders = new Map<string, string[]>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
        const relative = path.join(folder, entry.name);
        if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
        if (ignored.has(entry.name) || ignored.has(relative)) continue;
        folders.set(entry.name, [...(folders.get(entry.name) ?? []), relative]);
        walk(relative);
      }
    };
    walk(".");
    const shared = [...folders.values()].filter((places) => places.length > 1);
    expect(shared).toEqual([]);
  });
});
