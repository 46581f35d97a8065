/**
 * An entry's data as the editor writes it to its file: with `output.omit_empty_optional_fields`,
 * Sveltia CMS leaves out every empty value (`""`, `null`, an empty list or an object with nothing
 * in it), and the keys it keeps for itself in the form (`__sc_item_id` on list items), so that the
 * build check reads the form the way the build will read the file.
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
