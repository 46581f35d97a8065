import { execFileSync } from "node:child_process";
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
      ? clause?.phaseModifier === ts.SyntaxKind.TypeKeyword ||
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

  it("imports nothing from the entry checks into src/lib", () => {
    const imports = filesUnder("src/lib").flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith("src/checks/"))
        .map(({ target }) => `${file} → ${target}`),
    );
    expect(imports).toEqual([]);
  });

  it("gives the routes module no schema to load", () => {
    expect([...loadedBy("src/routes.ts")]).toEqual(["src/routes.ts"]);
  });

  // Folders under src/pages are named by the addresses they serve, not chosen: they are left out,
  // as are test fixtures. Only the project's own files count, not ignored output such as dist/.
  it("gives no two folders of the project one name", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
      cwd: ROOT,
      encoding: "utf8",
    }).split("\n");
    const folders = new Set(
      files.flatMap((file) =>
        file
          .split("/")
          .slice(0, -1)
          .map((_, index, parts) => parts.slice(0, index + 1).join("/")),
      ),
    );
    const byName = new Map<string, string[]>();
    for (const folder of folders) {
      if (folder.startsWith("src/pages/") || folder.split("/").includes("fixtures")) continue;
      const name = path.basename(folder);
      byName.set(name, [...(byName.get(name) ?? []), folder]);
    }
    expect([...byName.values()].filter((places) => places.length > 1)).toEqual([]);
  });
});
