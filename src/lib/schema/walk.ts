import { z } from "astro/zod";

/**
 * Reading the collections' Zod schemas as documents: the errors, the scaffolder, the field
 * reference and the example-text warnings all find a field's description and example here,
 * from the `.meta()` each field carries.
 */

export type AnySchema = z.core.$ZodType;
type PathKey = PropertyKey;
type Def = Record<string, unknown> & { type: string };

/** A schema with its wrappers taken off, and what the wrappers said about it. */
export interface Unwrapped {
  /** The schema under `optional`, `default`, `pipe` and the like. */
  core: AnySchema;
  description: string | undefined;
  examples: unknown[] | undefined;
  /** Every `.meta()` key the wrappers and the core carry; the outermost wins. */
  meta: Record<string, unknown>;
  /** True when the field may be left out: it is optional or has a default. */
  optional: boolean;
  /** True when a value left out is read as a default one. */
  hasDefault: boolean;
}

const WRAPPERS = [
  "optional",
  "nullable",
  "default",
  "prefault",
  "readonly",
  "catch",
  "nonoptional",
];

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Strips optional/default/pipe wrappers, keeping the first description and examples met. */
export function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  const meta: Record<string, unknown> = {};
  for (let depth = 0; depth < 20; depth++) {
    for (const [key, value] of Object.entries(z.globalRegistry.get(current) ?? {})) {
      meta[key] ??= value;
    }
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default") optional = true;
    if (def.type === "default") hasDefault = true;
    const inner =
      def.type === "pipe" ? def["in"] : WRAPPERS.includes(def.type) ? def["innerType"] : undefined;
    if (!inner) break;
    current = inner as AnySchema;
  }
  const { description, examples } = meta as { description?: string; examples?: unknown[] };
  return { core: current, description, examples, meta, optional, hasDefault };
}

/** The fields of an object schema, by name. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(unwrap(schema).core);
  return def.type === "object" ? (def["shape"] as Record<string, AnySchema>) : undefined;
}

/** The items of an array schema. */
export function elementOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(unwrap(schema).core);
  return def.type === "array" ? (def["element"] as AnySchema) : undefined;
}

/** The allowed values of an enum schema. */
export function enumValuesOf(schema: AnySchema): string[] | undefined {
  const def = defOf(unwrap(schema).core);
  return def.type === "enum" ? Object.values(def["entries"] as Record<string, string>) : undefined;
}

function child(schema: AnySchema, key: PathKey): AnySchema | undefined {
  return typeof key === "number" ? elementOf(schema) : shapeOf(schema)?.[String(key)];
}

/** The schema at each step of `path`, from the root; shorter than the path where it leaves it. */
export function walk(root: AnySchema, path: readonly PathKey[]): Unwrapped[] {
  const layers = [unwrap(root)];
  for (const key of path) {
    const next = child(layers.at(-1)!.core, key);
    if (!next) break;
    layers.push(unwrap(next));
  }
  return layers;
}

/** The example values for the field at `path`; for a list item, the items of the list's example. */
export function examplesAt(root: AnySchema, path: readonly PathKey[]): unknown[] {
  const layers = walk(root, path);
  if (layers.length !== path.length + 1) return [];
  const leaf = layers.at(-1)!;
  if (leaf.examples?.length) return leaf.examples;
  const parentExample = layers.at(-2)?.examples?.[0];
  return typeof path.at(-1) === "number" && Array.isArray(parentExample) ? parentExample : [];
}
