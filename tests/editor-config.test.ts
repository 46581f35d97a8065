import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { COLLECTIONS } from "../src/collections/index";
import { ID_PATTERN, line } from "../src/collections/fields";
import {
  BUILD_CHECK_FIELD,
  editorConfig,
  labelFor,
  type EditorField,
} from "../src/lib/schema/editor-config";
import { shapeOf, unwrap } from "../src/lib/schema/walk";
import { asSaved } from "../src/lib/schema/saved-entry";
import { publishedReferenceErrors, referenceWarnings } from "../src/checks/references";
import { fileProblems } from "../src/checks/folder";

const OPTIONS = {
  repository: "example-group/vacancies",
  branch: "main",
  timeZones: ["Europe/London", "Asia/Tokyo", "UTC"],
  singleFiles: { profile: "group" },
  idPattern: ID_PATTERN,
};

type Collection = Record<string, unknown> & { name: string; fields?: EditorField[] };

const config = editorConfig(COLLECTIONS, OPTIONS);
const collections = config["collections"] as Collection[];
const byName = (name: string) => collections.find((collection) => collection.name === name)!;
const fieldsOf = (collection: Collection) =>
  collection.fields ?? (collection["files"] as { fields: EditorField[] }[])[0]!.fields;
const field = (fields: EditorField[], name: string) => fields.find((item) => item.name === name)!;

describe("the editor's configuration", () => {
  it("has a form for every collection, in the collection's folder and format", () => {
    expect(collections.map(({ name }) => name)).toEqual([
      "vacancies",
      "vacancies-mdx",
      "programs",
      "scholarships",
      "profile",
    ]);
    expect(byName("vacancies")).toMatchObject({
      folder: "src/content/vacancies",
      extension: "md",
      format: "frontmatter",
      create: true,
    });
    // MDX is code: its entries are edited, new ones are plain Markdown.
    expect(byName("vacancies-mdx")).toMatchObject({ extension: "mdx", create: false });
    expect(byName("programs")).toMatchObject({
      folder: "src/content/programs",
      extension: "yaml",
      format: "yaml",
    });
    expect(byName("profile")["files"]).toMatchObject([
      { name: "group", file: "src/content/profile/group.yaml", format: "yaml" },
    ]);
  });

  it("has every field of every schema, required exactly where the schema requires it, with its description as hint", () => {
    for (const { facts, schema } of COLLECTIONS) {
      const editorFields = fieldsOf(byName(facts.name));
      const shape = shapeOf(schema)!;
      const schemaFields = Object.keys(shape);
      expect(
        editorFields
          .map(({ name }) => name)
          .filter((name) => name !== "body" && name !== BUILD_CHECK_FIELD),
        facts.name,
      ).toEqual(schemaFields);
      for (const [name, fieldSchema] of Object.entries(shape)) {
        const info = unwrap(fieldSchema);
        expect(field(editorFields, name), `${facts.name}.${name}`).toMatchObject({
          required: !info.optional,
          hint: info.description,
        });
      }
      // Nested fields too.
      const nested = (fields: EditorField[], schemaOf: z.core.$ZodType): void => {
        for (const [name, inner] of Object.entries(shapeOf(schemaOf) ?? {})) {
          const made = field(fields, name);
          expect(made.required, `${facts.name} … ${name}`).toBe(!unwrap(inner).optional);
          if (Array.isArray(made["fields"])) {
            const core = unwrap(inner).core;
            const element = (core._zod.def as { element?: z.core.$ZodType }).element;
            nested(made["fields"] as EditorField[], element ?? core);
          }
        }
      };
      nested(editorFields, schema);
    }
  });

  it("gives each kind of field the input a person would use", () => {
    const vacancy = fieldsOf(byName("vacancies"));
    expect(field(vacancy, "title")).toMatchObject({ widget: "string", label: "Title" });
    expect(field(vacancy, "summary")).toMatchObject({ widget: "text" });
    expect(field(vacancy, "datePosted")).toMatchObject({
      widget: "datetime",
      type: "date",
      format: "YYYY-MM-DD",
      label: "Date posted",
    });
    expect(field(vacancy, "employmentType")).toMatchObject({
      widget: "select",
      options: expect.arrayContaining(["FULL_TIME", "PART_TIME"]),
    });
    // Markdown opens as written; the rich-text view, which rewrites what it cannot show, is a
    // choice. No pictures: a Markdown field takes none.
    expect(field(vacancy, "fundingAdvice")).toMatchObject({
      widget: "markdown",
      modes: ["raw", "rich_text"],
      editor_components: ["code-block"],
    });
    expect(field(vacancy, "fundingAdvice")["buttons"]).not.toContain("image");
    expect(field(vacancy, "programs")).toMatchObject({
      widget: "relation",
      collection: "programs",
      multiple: true,
      value_field: "{{slug}}",
    });
    expect(field(vacancy, "scholarships")).toMatchObject({
      widget: "relation",
      collection: "scholarships",
    });
    expect(field(vacancy, "essentialRequirements")).toMatchObject({
      widget: "list",
      min: 1,
      field: { widget: "string" },
    });
    expect(field(vacancy, "supervisors")).toMatchObject({
      widget: "list",
      fields: [
        { name: "name", required: true },
        { name: "url", required: false },
      ],
    });
    expect(field(vacancy, "stipend")).toMatchObject({ widget: "object", required: false });
    expect(field(field(vacancy, "stipend")["fields"] as EditorField[], "amount")).toMatchObject({
      widget: "number",
    });
    // A new entry starts as a draft; an existing one keeps what its file says.
    expect(field(vacancy, "draft")).toMatchObject({
      widget: "new-entry-switch",
      required: false,
      new_entry_value: true,
    });
    expect(field(vacancy, "draft")).not.toHaveProperty("default");
    expect(field(vacancy, "body")).toMatchObject({ widget: "markdown" });
    expect(field(fieldsOf(byName("vacancies-mdx")), "body")).toMatchObject({ widget: "text" });
    // A picture is saved beside the profile's file, and named relative to it.
    expect(field(fieldsOf(byName("profile")), "avatar")).toMatchObject({
      widget: "image",
      media_folder: "/src/content/profile",
      public_folder: ".",
    });
    expect(field(fieldsOf(byName("profile")), "links")).toMatchObject({
      widget: "list",
      required: false,
    });
  });

  it("asks for each deadline as a local date and time, a zone from the list and an optional offset", () => {
    const closes = field(fieldsOf(byName("vacancies")), "closes");
    const deadlines = field(fieldsOf(byName("programs")), "deadlines");
    for (const made of [closes["fields"], deadlines["fields"]] as EditorField[][]) {
      expect(made.map(({ name }) => name)).toEqual([
        "label",
        "localDateTime",
        "timeZone",
        "offset",
      ]);
      expect(field(made, "localDateTime")).toMatchObject({
        widget: "string",
        label: "Local date and time",
        pattern: [expect.stringContaining("T\\d{2}:\\d{2}$"), expect.any(String)],
        required: true,
      });
      expect(field(made, "timeZone")).toMatchObject({
        widget: "select",
        options: OPTIONS.timeZones,
        required: true,
      });
      expect(field(made, "offset")).toMatchObject({ required: false });
    }
  });

  it("names files as the build accepts them, and starts new entries as drafts under review", () => {
    expect(config).toMatchObject({
      backend: {
        name: "github",
        repo: "example-group/vacancies",
        branch: "main",
        auth_methods: ["token"],
      },
      publish_mode: "editorial_workflow",
      output: { omit_empty_optional_fields: true },
    });
  });

  it("takes a new entry's file name only where the build's folder check would take it", () => {
    const [vacancies] = COLLECTIONS;
    const mdx = "phd-medical-image-analysis";
    const withOthers = editorConfig(COLLECTIONS, { ...OPTIONS, otherIds: { vacancies: [mdx] } });
    const collection = (withOthers["collections"] as Collection[])[0]!;
    const [pattern] = (collection["slug"] as { pattern: [string, string] }).pattern;
    const names = [
      "phd-in-cardiac-mri",
      "phd-2027",
      "PhD in MRI",
      "phd_in_ai",
      "phd--mri",
      "-phd",
      "phd-",
      "磁共振成像博士",
      "pédiatrie",
      mdx,
      `${mdx}-2`,
      ...vacancies!.facts.reservedIds,
    ];
    for (const name of names) {
      const file = `${name}.md`;
      const build = fileProblems(vacancies!.facts, [`${mdx}.mdx`, file]).filter(
        (problem) => problem.file === file,
      );
      expect(new RegExp(pattern).test(name), name).toBe(build.length === 0);
    }
  });

  it("offers GitHub sign-in through the group's OAuth client when there is one", () => {
    const withClient = editorConfig(COLLECTIONS, {
      ...OPTIONS,
      authenticator: "https://auth.example.org",
    });
    expect(withClient["backend"]).toEqual({
      name: "github",
      repo: "example-group/vacancies",
      branch: "main",
      base_url: "https://auth.example.org",
    });
  });

  it("puts a field added to a schema into the form with no other change", () => {
    const [vacancies, ...rest] = COLLECTIONS;
    const extended = (vacancies!.schema as z.ZodObject).extend({
      fundingBody: line("Who pays for the studentship.", "The Example Research Council").optional(),
    });
    const made = editorConfig([{ facts: vacancies!.facts, schema: extended }, ...rest], OPTIONS);
    const form = fieldsOf((made["collections"] as Collection[])[0]!);
    expect(field(form, "fundingBody")).toMatchObject({
      label: "Funding body",
      widget: "string",
      required: false,
      hint: "Who pays for the studentship.",
    });
  });

  it("labels fields in words", () => {
    expect(labelFor("essentialRequirements")).toBe("Essential requirements");
    expect(labelFor("applyUrl")).toBe("Apply URL");
  });
});

describe("an entry as the editor saves it", () => {
  it("leaves out empty values at any depth and the editor's own keys, and keeps false and 0", () => {
    expect(
      asSaved({
        title: "PhD in MRI",
        notice: "",
        stipend: { amount: null, currency: "", per: "" },
        supervisors: [{ name: "Ada", url: "", __sc_item_id: "x1" }, { name: "" }],
        topics: [],
        draft: false,
        count: 0,
      }),
    ).toEqual({ title: "PhD in MRI", supervisors: [{ name: "Ada" }], draft: false, count: 0 });
    expect(asSaved({ notice: "" })).toBeUndefined();
  });
});

describe("the checks that need other entries", () => {
  const known = {
    programs: [
      { id: "dphil-engineering-science", draft: false },
      { id: "new-cdt", draft: true },
    ],
    scholarships: [{ id: "oxford-automatic-scholarships", draft: false }],
    vacancies: [
      {
        id: "phd-in-ct",
        file: "src/content/vacancies/phd-in-ct.md",
        draft: false,
        programs: ["dphil-engineering-science"],
        scholarships: ["oxford-automatic-scholarships"],
      },
    ],
  };
  const vacancy = {
    id: "phd-in-mri",
    file: "src/content/vacancies/phd-in-mri.md",
    draft: false,
    programs: ["dphil-engineering-science", "new-cdt"],
    scholarships: ["added-since"],
  };

  it("reach the editor only for collections that refer to others or are referred to", () => {
    const made = editorConfig(COLLECTIONS, { ...OPTIONS, knownEntries: known });
    const check = (name: string) =>
      field(
        fieldsOf((made["collections"] as Collection[]).find((c) => c.name === name)!),
        BUILD_CHECK_FIELD,
      );
    // Each gets what its check needs: a vacancy, what it may name; a programme or scholarship,
    // the vacancies that name them.
    const { programs, scholarships, vacancies } = known;
    expect(check("vacancies")["known_entries"]).toEqual({ programs, scholarships });
    expect(check("vacancies-mdx")["known_entries"]).toEqual({ programs, scholarships });
    expect(check("programs")["known_entries"]).toEqual({ vacancies });
    expect(check("scholarships")["known_entries"]).toEqual({ vacancies });
    expect(check("profile")).not.toHaveProperty("known_entries");
  });

  it("warn in the build's words of a published vacancy that refers to a draft, and of an id added since", () => {
    const warnings = referenceWarnings("vacancies", vacancy, known);
    const [inBuildWords] = publishedReferenceErrors(
      {
        vacancies: [{ ...vacancy, scholarships: [] }],
        programs: known.programs.map((entry) => ({ ...entry, file: "" })),
        scholarships: [],
      },
      false,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(inBuildWords!.split("\n")[1]);
    expect(warnings[0]).toMatch(
      /programs\[1\]: refers to the programme "new-cdt", which is a draft/,
    );
    expect(warnings[0]).toMatch(
      /scholarships\[0\]: refers to the scholarship "added-since", which was added after this editor was built/,
    );
    expect(referenceWarnings("vacancies", { ...vacancy, draft: true }, known)).toEqual([]);
  });

  it("warn, in the build's words, of a programme saved as a draft while a published vacancy refers to it", () => {
    const programme = {
      id: "dphil-engineering-science",
      file: "src/content/programs/dphil-engineering-science.yaml",
      draft: true,
    };
    const warnings = referenceWarnings("programs", programme, known);
    expect(warnings).toEqual(
      publishedReferenceErrors(
        {
          vacancies: known.vacancies,
          programs: [
            { ...programme, file: "" },
            { id: "new-cdt", draft: true, file: "" },
          ],
          scholarships: known.scholarships.map((entry) => ({ ...entry, file: "" })),
        },
        false,
      ),
    );
    expect(warnings.join("\n")).toMatch(
      /phd-in-ct\.md has 1 problem:\n {2}- programs\[0\]: refers to the programme "dphil-engineering-science", which is a draft/,
    );
    // The form gets only the vacancies, and says the same.
    expect(referenceWarnings("programs", programme, { vacancies: known.vacancies })).toEqual(
      warnings,
    );
    expect(referenceWarnings("programs", { ...programme, draft: false }, known)).toEqual([]);
    expect(referenceWarnings("programs", { ...programme, id: "new-cdt" }, known)).toEqual([]);
    expect(
      referenceWarnings(
        "scholarships",
        { id: "oxford-automatic-scholarships", file: "", draft: true },
        known,
      ).join("\n"),
    ).toMatch(/scholarships\[0\]: refers to the scholarship "oxford-automatic-scholarships"/);
  });
});
