/**
 * An entry's data as the editor will write it to its file, for the build check. With
 * `output.omit_empty_optional_fields`, Sveltia CMS leaves out empty optional values (`""`, `null`,
 * an empty list, an object with nothing in it) and refuses to save an empty required one itself,
 * so every empty value is left out here; so are the keys Sveltia keeps for itself in the form
 * (`__sc_item_id` on list items).
 */
const EDITOR_KEY = "__sc_";

export function asSaved(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(asSaved).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, asSaved(item)] as const)
      .filter(([key, item]) => item !== undefined && !key.startsWith(EDITOR_KEY));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === "" || value === null) return undefined;
  return value;
}
