import type { CollectionFacts } from "../../collections/fields";
import { LOCAL_DATE_TIME } from "../deadlines/resolve";
import { slugify } from "../formatting/slug";
import { elementOf, enumValuesOf, examplesAt, shapeOf, unwrap, type AnySchema } from "./walk";

/**
 * The editor's configuration (Sveltia CMS, served at /admin/config.yml), written from the same
 * schemas and collection facts as the build, `npm run new` and docs/fields.md. A field added to a
 * schema appears in the form with no other change.
 */

/**
 * How a person enters a text field, when a one-line input is not it. Schemas say so in
 * `.meta({ input })`; the editor reads it, and so may any other tool.
 */
export type FieldInput =
  "paragraphs" | "markdown" | "date" | "month-or-date" | "local-date-time" | "time-zone" | "image";

/** A field of the editor's form, as Sveltia CMS reads it. */
export type EditorField = { name: string; label: string; widget: string } & Record<string, unknown>;

export interface EditorCollection {
  facts: CollectionFacts;
  schema: AnySchema;
}

export interface EditorConfigOptions {
  /** `owner/name` of the GitHub repository the editor commits to. */
  repository: string;
  /** The branch it commits to. */
  branch: string;
  /** The OAuth client's address for "Sign In with GitHub"; without one, editors use a token. */
  authenticator?: string | undefined;
  /** The rule for an entry's id, which is its file name: `ID_PATTERN` of src/collections/fields.ts. */
  idPattern: RegExp;
  /** The zone names a deadline may use, for the zone picker. */
  timeZones: readonly string[];
  /** The single-file collection's file, by collection name: the profile's `group`. */
  singleFiles: Readonly<Record<string, string>>;
  /**
   * The entries as this build has them, for the checks that need other files; the editor can only
   * warn with them, as they may have changed since. Each form gets the lists its check needs.
   */
  knownEntries?: KnownEntries;
  /**
   * Ids of each collection's entries written in another file type than new ones (MDX vacancies),
   * which a new entry may not take: the editor keeps them in a collection of their own, and
   * checks a new name only against its own collection's.
   */
  otherIds?: Readonly<Record<string, readonly string[]>>;
}

/** An entry the editor knew of when it was built: its id, and whether it was a draft. */
export interface KnownEntry {
  id: string;
  draft: boolean;
}

/** An entry that refers to others, with its file and what it refers to, by field. */
export interface KnownReferrer extends KnownEntry {
  file: string;
  programs?: readonly string[];
  scholarships?: readonly string[];
}

/**
 * The entries of the build that made the editor, by collection: the programmes and scholarships
 * a vacancy may name, and the published vacancies that name them.
 */
export interface KnownEntries {
  programs?: readonly KnownEntry[];
  scholarships?: readonly KnownEntry[];
  vacancies?: readonly KnownReferrer[];
}

/** The field the editor adds to each form to run the build's checks on the whole entry. */
export const BUILD_CHECK_FIELD = "buildCheck";
/** The custom field type that runs them (src/client/editor.ts registers it). */
export const BUILD_CHECK_WIDGET = "build-check";
/**
 * A switch whose new entries start at `new_entry_value`, and which writes nothing for an entry that
 * has no value until it is changed: Sveltia's own switch writes `false`, and its `default` fills
 * existing entries too, which would turn every published entry saved in the editor into a draft.
 */
export const NEW_ENTRY_SWITCH_WIDGET = "new-entry-switch";

const MARKDOWN_BUTTONS = [
  "bold",
  "italic",
  "strikethrough",
  "code",
  "link",
  "heading-two",
  "heading-three",
  "quote",
  "bulleted-list",
  "numbered-list",
];

const MONTH_OR_DATE = "^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$";

/** The whole configuration: the GitHub backend, review before publishing, and each collection. */
export function editorConfig(
  collections: readonly EditorCollection[],
  options: EditorConfigOptions,
): Record<string, unknown> {
  const referrers = referrersOf(collections);
  return {
    backend: {
      name: "github",
      repo: options.repository,
      branch: options.branch,
      ...(options.authenticator
        ? { base_url: options.authenticator }
        : { auth_methods: ["token"] }),
    },
    // A new or changed entry becomes a pull request; merging it is the deliberate step that
    // publishes. Sveltia's local-repository mode writes the files directly; a new entry is still a
    // draft until its Draft switch is turned off.
    publish_mode: "editorial_workflow",
    // Sveltia needs a media folder for its Assets page. It is the profile's, which holds the one
    // picture (the avatar): a file uploaded there that is not a picture fails the build's folder
    // check, rather than being served from public/ beside the editor.
    media_folder: "src/content/profile",
    // Sveltia wants an absolute one; no field writes it (Markdown fields take no pictures).
    public_folder: "/",
    media_libraries: {
      // An uploaded file's name becomes a plain one, as an entry's does: `Lab Photo.PNG` is saved
      // as `lab-photo.png`.
      all: { slugify_filename: true },
      // Stock photo services are elsewhere on the internet, which the editor's policy does not
      // reach, and a group's pictures are its own.
      stock_assets: false,
    },
    app_title: "Vacancies editor",
    output: { omit_empty_optional_fields: true },
    // File names are ids in addresses: lower-case ASCII, hyphens between words.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", lowercase: true },
    collections: collections.flatMap((collection) =>
      collectionsFor(collection, options, referrers),
    ),
  };
}

function collectionsFor(
  { facts, schema }: EditorCollection,
  options: EditorConfigOptions,
  referrers: ReadonlyMap<string, readonly string[]>,
): Record<string, unknown>[] {
  const fields = fieldsOf(schema, options, newEntryDefaults(facts), facts.folder);
  const id = options.idPattern.source.replace(/^\^|\$$/g, "");
  const buildCheck = (extension: string): EditorField => ({
    name: BUILD_CHECK_FIELD,
    label: "Build check",
    widget: BUILD_CHECK_WIDGET,
    required: false,
    hint: "The build's own checks, run on the whole entry: it saves only when they pass.",
    collection: facts.name,
    extension,
    ...(knownFor(facts.name, schema, referrers, options.knownEntries) ?? {}),
  });
  const label = labelFor(facts.name);
  const singleFile = options.singleFiles[facts.name];
  if (singleFile) {
    const extension = facts.extensions[0]!;
    return [
      {
        name: facts.name,
        label,
        files: [
          {
            name: singleFile,
            label: capitalise(facts.noun),
            file: `${facts.folder}/${singleFile}${extension}`,
            format: "yaml",
            fields: [...fields, buildCheck(extension)],
          },
        ],
      },
    ];
  }
  const identifier = shapeOf(schema)?.["title"] ? "title" : "name";
  const otherIds = options.otherIds?.[facts.name] ?? [];
  const taken = [...facts.reservedIds, ...otherIds];
  const refused = [
    ...(facts.reservedIds.length
      ? [`${facts.reservedIds.join(", ")} (other pages' addresses)`]
      : []),
    ...(otherIds.length ? [`the name of another ${facts.noun}`] : []),
  ];
  const common = {
    folder: facts.folder,
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    // The file name is the entry's id, in its address and in references: typed once, when the
    // entry is created (Sveltia's Slug panel), and checked there by the build's rule.
    slug: {
      editable: ["create"],
      hint: `The file name, without ${facts.extensions[0]}: lower-case letters and digits joined by single hyphens, such as ${slugExample(schema, identifier)}. It is the ${facts.noun}'s id in addresses and references, and cannot be changed here later.`,
      pattern: [
        `^${taken.length ? `(?!(?:${taken.join("|")})$)` : ""}${id}$`,
        `Lower-case letters and digits joined by single hyphens${refused.length ? `, and not ${refused.join(", nor ")}` : ""}.`,
      ],
    },
    label_singular: capitalise(facts.noun),
  };
  return facts.extensions.map((extension, index) => {
    const kind = extension.slice(1);
    if (facts.bodyExample === undefined) {
      return {
        name: facts.name,
        label,
        ...common,
        extension: kind,
        format: "yaml",
        fields: [...fields, buildCheck(extension)],
      };
    }
    const isMdx = kind === "mdx";
    // MDX is code: its text is edited as plain text, and new entries are plain Markdown.
    const body: EditorField = isMdx
      ? {
          name: "body",
          label: "Advert text (MDX)",
          widget: "text",
          required: false,
          hint: "MDX is code: Markdown that can import and use components. Change it with care.",
        }
      : {
          name: "body",
          label: "Advert text",
          widget: "markdown",
          ...markdownOptions(),
          required: false,
          hint: "The advert's text, in Markdown: no HTML; links to full https://, http:// or mailto: addresses, or to the site's own pages by a path such as /vacancies/; pictures only from the site: this editor cannot add one, so ask whoever keeps the repository to put the file beside the entry, then write ![what it shows](./picture.png).",
        };
    return {
      name: index === 0 ? facts.name : `${facts.name}-${kind}`,
      label: index === 0 ? label : `${label} written in ${kind.toUpperCase()}`,
      ...common,
      extension: kind,
      format: "frontmatter",
      create: !isMdx,
      fields: [...fields, body, buildCheck(extension)],
    };
  });
}

/** A file name for the hint: the identifier field's example, named as `npm run new` names it. */
function slugExample(schema: AnySchema, identifier: string): string {
  const [example] = examplesAt(schema, [identifier]);
  return typeof example === "string" ? slugify(example) : "a-name";
}

/** The collection a list of references points to (`.meta({ references })` on its items). */
function referencedCollection(list: AnySchema): string | undefined {
  const element = elementOf(unwrap(list).core);
  const target = element && unwrap(element).meta["references"];
  return typeof target === "string" ? target : undefined;
}

/** The collections whose entries the schema's fields refer to. */
function targetsOf(schema: AnySchema): string[] {
  return Object.values(shapeOf(schema) ?? {}).flatMap((field) => referencedCollection(field) ?? []);
}

/** For each collection that others refer to, the collections that do. */
function referrersOf(collections: readonly EditorCollection[]): Map<string, string[]> {
  const referrers = new Map<string, string[]>();
  for (const { facts, schema } of collections) {
    for (const target of targetsOf(schema)) {
      referrers.set(target, [...(referrers.get(target) ?? []), facts.name]);
    }
  }
  return referrers;
}

/**
 * The known entries a form's check needs: those its entry may refer to, and those that refer to
 * it; nothing for a collection that neither refers nor is referred to.
 */
function knownFor(
  name: string,
  schema: AnySchema,
  referrers: ReadonlyMap<string, readonly string[]>,
  known: KnownEntries | undefined,
): { known_entries: KnownEntries } | undefined {
  const wanted = [...targetsOf(schema), ...(referrers.get(name) ?? [])];
  const lists = Object.entries(known ?? {}).filter(([collection]) => wanted.includes(collection));
  return lists.length ? { known_entries: Object.fromEntries(lists) } : undefined;
}

/** What a new entry starts with: `draft: true`, as `npm run new` writes it. */
function newEntryDefaults(facts: CollectionFacts): Record<string, unknown> {
  const starter = facts.starter?.("", "2000-01-01") ?? {};
  return "draft" in starter ? { draft: starter["draft"] } : {};
}

/**
 * The form's fields for an object schema's keys, in the schema's order, for an entry of the
 * collection in `folder` (where its pictures go).
 */
export function fieldsOf(
  schema: AnySchema,
  options: EditorConfigOptions,
  defaults: Record<string, unknown> = {},
  folder = "",
): EditorField[] {
  return Object.entries(shapeOf(schema) ?? {}).map(([name, field]) => {
    const made = fieldFor(name, field, options, folder);
    return name in defaults && made.widget === "boolean"
      ? { ...made, widget: NEW_ENTRY_SWITCH_WIDGET, new_entry_value: defaults[name] }
      : made;
  });
}

function fieldFor(
  name: string,
  schema: AnySchema,
  options: EditorConfigOptions,
  folder: string,
): EditorField {
  const info = unwrap(schema);
  const base: EditorField = {
    name,
    label: typeof info.meta["title"] === "string" ? info.meta["title"] : labelFor(name),
    widget: "string",
    required: !info.optional,
    ...(info.description ? { hint: info.description } : {}),
  };
  const input = info.meta["input"] as FieldInput | undefined;
  const type = (info.core._zod.def as { type: string }).type;
  const values = enumValuesOf(info.core);
  if (values) return { ...base, widget: "select", options: values };
  if (type === "boolean") {
    // A switch always writes true or false. A yes/no field with no default may also be left
    // unsaid, and is then left out of the file.
    return info.optional && !info.hasDefault
      ? {
          ...base,
          widget: "select",
          options: [
            { label: "Yes", value: true },
            { label: "No", value: false },
          ],
        }
      : { ...base, widget: "boolean" };
  }
  if (type === "number") {
    return { ...base, widget: "number", value_type: "float", min: 0 };
  }
  if (type === "object") {
    return { ...base, widget: "object", fields: fieldsOf(info.core, options, {}, folder) };
  }
  if (type === "array") {
    const element = elementOf(info.core)!;
    const item = unwrap(element);
    const min = minimumLength(info.core);
    const list = { ...base, ...(min ? { min } : {}) };
    const references = referencedCollection(schema);
    if (references) {
      return {
        ...list,
        widget: "relation",
        collection: references,
        multiple: true,
        value_field: "{{slug}}",
        display_fields: ["name"],
        search_fields: ["name"],
      };
    }
    if (shapeOf(item.core)) {
      return { ...list, widget: "list", fields: fieldsOf(item.core, options, {}, folder) };
    }
    return {
      ...list,
      widget: "list",
      field: { ...fieldFor("item", element, options, folder), label: "Item", required: true },
    };
  }
  switch (input) {
    case "paragraphs":
      return { ...base, widget: "text" };
    case "markdown":
      return { ...base, widget: "markdown", ...markdownOptions() };
    case "date":
      return {
        ...base,
        widget: "datetime",
        type: "date",
        // A calendar date has no zone: Sveltia reads and writes it as written.
        format: "YYYY-MM-DD",
      };
    case "month-or-date":
      return {
        ...base,
        pattern: [MONTH_OR_DATE, "Write a month as YYYY-MM or a date as YYYY-MM-DD."],
      };
    case "local-date-time":
      // Typed, not picked: Sveltia's date-time picker either labels the time UTC, though it is
      // the deadline zone's, or reads it in the browser's zone, which moves a time that zone
      // skips. The build check still names a time the deadline's own zone skips or repeats.
      return {
        ...base,
        pattern: [
          LOCAL_DATE_TIME.source,
          "Write the local time as YYYY-MM-DDTHH:mm, such as 2027-01-15T17:00.",
        ],
      };
    case "time-zone":
      return { ...base, widget: "select", options: [...options.timeZones] };
    case "image":
      // Saved beside the entry's file (a folder from the repository's root), and written as a
      // path relative to it: `./avatar.png`. Sveltia puts a picture for `media_folder: ""` at the
      // repository's root, and writes `.//avatar.png` for `public_folder: "./"`.
      return {
        ...base,
        widget: "image",
        media_folder: `/${folder}`,
        public_folder: ".",
        choose_url: false,
        accept: "image/png,image/jpeg,image/webp,image/avif",
      };
    default:
      return base;
  }
}

/**
 * Markdown as the schema allows it: formatting, links and lists; no images, no HTML blocks. It
 * opens as Markdown text, kept as written: the rich-text view rewrites what it cannot show (a
 * table's alignment, a `\|` in a cell) as soon as it opens a text, so it is there to choose, not
 * the way in. It has buttons for strike-through and code blocks, so that those survive it.
 */
function markdownOptions(): Record<string, unknown> {
  return {
    buttons: MARKDOWN_BUTTONS,
    editor_components: ["code-block"],
    modes: ["raw", "rich_text"],
    linked_images: false,
    sanitize_preview: true,
  };
}

function minimumLength(schema: AnySchema): number | undefined {
  const checks =
    (schema._zod.def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] })
      .checks ?? [];
  return checks.map((check) => check._zod.def).find((def) => def.check === "min_length")?.minimum;
}

const WORDS: Record<string, string> = {
  url: "URL",
  id: "ID",
  alt: "alt text",
  programs: "programmes",
};

/** `essentialRequirements` → "Essential requirements", `applyUrl` → "Apply URL". */
export function labelFor(name: string): string {
  const words = name.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
  return capitalise(words.map((word) => WORDS[word] ?? word).join(" "));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
