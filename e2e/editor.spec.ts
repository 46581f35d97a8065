import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { z } from "astro/zod";
import { checkEntry, parseEntrySource } from "../src/checks/entry";
import { COLLECTIONS } from "../src/collections/index";
import { renderMarkdown } from "../src/lib/markdown/render";
import { buildCopy, makeCopy, removeCopy } from "../tests/support/build";
import { startDevServer } from "../tests/support/dev-server";
import {
  contentFiles,
  openAgain,
  openEditor,
  repositoryBytes,
  repositoryFile,
  repositoryFolder,
  seedRepository,
} from "./utils/editor";
import { serveCopy } from "./utils/preview";
import { exampleVacancyFrontMatter } from "./utils/seed";

// Every field is drawn at once on a tall page (Sveltia draws fields as they scroll into view),
// and the browser's zone is far from UTC, so that a date or time shifted by it would show.
test.use({ viewport: { width: 1280, height: 6000 }, timezoneId: "Pacific/Auckland" });

/** A field of the form, by its label; Sveltia wraps labels in invisible isolation marks. */
const field = (scope: Page | Locator, label: string) =>
  scope.getByRole("group", { name: new RegExp(`^“.${label}.” Field$`) });

const SITE_NOW = "2026-12-01T10:00:00Z";
const dataOf = (file: string, text: string) => {
  const source = parseEntrySource(text, file);
  if ("problems" in source) throw new Error(`${file}: ${JSON.stringify(source.problems)}`);
  return source;
};

/** The text of `file` once the editor has written it differently from `before`. */
async function savedFile(page: Page, file: string, before?: string): Promise<string> {
  let text: string | undefined;
  // A save writes through a temporary file: read until the new text is there.
  await expect
    .poll(async () => {
      text = await repositoryFile(page, file);
      return text !== undefined && text !== before;
    })
    .toBe(true);
  return text!;
}

// The editor runs under its own policy and loads nothing from elsewhere: no font from a CDN, no
// update check. GitHub's status page, which it reads to warn of an outage, is answered offline.
let outside: string[] = [];
let violations: string[] = [];
/** The origins the editor may load from: the site's, and a test's own server. */
let origins = new Set<string>();

test.beforeEach(async ({ page, baseURL }) => {
  outside = [];
  violations = [];
  origins = new Set([new URL(baseURL!).origin]);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const elsewhere = /^https?:$/.test(url.protocol) && !origins.has(url.origin);
    if (elsewhere && url.hostname !== "www.githubstatus.com") outside.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await seedRepository(page, contentFiles());
});

test.afterEach(() => {
  expect(outside, "requests to other hosts").toEqual([]);
  expect(violations, "policy violations").toEqual([]);
});

test("adds a vacancy through the form, and the build publishes it with those facts", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEditor(page, "#/collections/vacancies/new");
  // Until its file name is typed, the check names the entry, not a file it will not have.
  await expect(field(page, "Build check")).toContainText("The new vacancy has");
  const title = "PhD studentship in fetal ultrasound";
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page
    .getByRole("textbox", { name: "Summary" })
    .fill("Develop machine learning that guides fetal ultrasound scans.");
  await page.getByRole("textbox", { name: "Date posted" }).fill("2026-11-20");

  const closes = field(page, "Closes");
  await closes.getByRole("checkbox").check();
  await field(closes, "Label").getByRole("textbox").fill("applications close");
  await field(closes, "Local date and time").getByRole("textbox").fill("2027-01-15T17:00");
  await field(closes, "Time zone").getByRole("combobox").click();
  await page.getByRole("option", { name: /^.?Europe\/London.?$/ }).click();

  const location = field(page, "Location");
  await field(location, "Name").getByRole("textbox").fill("Department of Engineering Science");
  await field(location, "Locality").getByRole("textbox").fill("Oxford");
  await field(location, "Country").getByRole("textbox").fill("GB");

  const supervisors = field(page, "Supervisors");
  await supervisors.getByRole("button", { name: /Add/ }).click();
  await field(supervisors, "Name").getByRole("textbox").fill("Professor Ada Lovelace");

  const stipend = field(page, "Stipend");
  await stipend.getByRole("checkbox").check();
  await field(stipend, "Amount").getByRole("spinbutton").fill("21000");
  await field(stipend, "Currency").getByRole("textbox").fill("GBP");
  await field(stipend, "Per").getByRole("radio", { name: "year" }).check();

  await page
    .getByRole("textbox", { name: "Expectations" })
    .fill("Candidates should have a degree in engineering, physics or computer science.");
  for (const [list, item] of [
    ["Essential requirements", "A first-class degree in a quantitative subject."],
    ["Topics", "Guidance for fetal ultrasound scanning"],
  ] as const) {
    await field(page, list).getByRole("button", { name: /Add/ }).click();
    await field(page, list).getByRole("textbox").fill(item);
  }
  await field(page, "Programmes")
    .getByRole("checkbox", { name: /DPhil in Engineering Science/ })
    .check();
  await field(page, "Scholarships")
    .getByRole("checkbox", { name: /including the Clarendon Fund/ })
    .check();
  // A new entry starts as a draft; publishing it is a deliberate step.
  const draft = field(page, "Draft").getByRole("switch");
  await expect(draft).toBeChecked();
  await draft.uncheck();
  await expect(field(page, "Build check")).toContainText("The build accepts this entry.");
  // The file name is typed once, in the Slug panel, and is the page's address.
  await page.getByRole("textbox", { name: "Slug" }).fill("phd-studentship-in-fetal-ultrasound");

  await page.getByRole("button", { name: "Save" }).click();
  const file = "src/content/vacancies/phd-studentship-in-fetal-ultrasound.md";
  const text = await savedFile(page, file);
  expect(dataOf(file, text).data).toEqual({
    title,
    summary: "Develop machine learning that guides fetal ultrasound scans.",
    datePosted: "2026-11-20",
    closes: {
      label: "applications close",
      localDateTime: "2027-01-15T17:00",
      timeZone: "Europe/London",
    },
    location: { name: "Department of Engineering Science", locality: "Oxford", country: "GB" },
    supervisors: [{ name: "Professor Ada Lovelace" }],
    stipend: { amount: 21000, currency: "GBP", per: "year" },
    expectations: "Candidates should have a degree in engineering, physics or computer science.",
    essentialRequirements: ["A first-class degree in a quantitative subject."],
    topics: ["Guidance for fetal ultrasound scanning"],
    programs: ["dphil-engineering-science"],
    scholarships: ["oxford-automatic-scholarships"],
    draft: false,
  });
  // Nothing else: no other file was written.
  expect(await repositoryFolder(page, "src/content/vacancies")).toEqual([
    "phd-medical-image-analysis.mdx",
    "phd-studentship-in-fetal-ultrasound.md",
  ]);

  const build = await buildCopy({ [file]: text }, { SITE_NOW });
  try {
    expect(build.ok, build.output).toBe(true);
    const html = await readFile(
      path.join(build.dir, "dist/vacancies/phd-studentship-in-fetal-ultrasound/index.html"),
      "utf8",
    );
    for (const fact of [
      title,
      "Professor Ada Lovelace",
      "£21,000",
      "15 January 2027",
      "DPhil in Engineering Science",
    ]) {
      expect(html).toContain(fact);
    }
  } finally {
    await removeCopy(build);
  }
});

test("replaces the group's avatar with an uploaded picture, saved beside the profile, and the build shows it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const profile = "src/content/profile/group.yaml";
  const before = contentFiles()[profile]!.toString("utf8");
  const picture = contentFiles()["src/content/profile/avatar.png"]!;
  await openEditor(page, "#/collections/profile/entries/group");
  await field(page, "Avatar").getByRole("button", { name: "Replace Image" }).click();
  const dialog = page.getByRole("dialog").last();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    dialog
      .getByRole("button", { name: /Upload/ })
      .first()
      .click(),
  ]);
  // No stock photos: they are elsewhere on the internet, which the editor does not reach.
  await expect(dialog).not.toContainText("Unsplash");
  // A file's name becomes a plain one.
  await chooser.setFiles({ name: "Lab Monogram.PNG", mimeType: "image/png", buffer: picture });
  await expect(dialog).toContainText("lab-monogram.png");
  await expect(dialog.getByRole("button", { name: "Insert" })).toBeEnabled();
  await dialog.getByRole("button", { name: "Insert" }).click();
  await expect(field(page, "Avatar").getByRole("textbox")).toHaveText(/lab-monogram\.png$/);
  await expect(field(page, "Build check")).toContainText("The build accepts this entry.");
  await page.getByRole("button", { name: "Save" }).click();

  const text = await savedFile(page, profile, before);
  expect(dataOf(profile, text).data).toEqual({
    ...dataOf(profile, before).data,
    avatar: "./lab-monogram.png",
  });
  // The picture is beside the profile, and nowhere else.
  expect(await repositoryFolder(page, "src/content/profile")).toEqual([
    "avatar.png",
    "group.yaml",
    "lab-monogram.png",
  ]);
  const saved = await repositoryBytes(page, "src/content/profile/lab-monogram.png");
  expect(saved?.equals(picture)).toBe(true);
  const build = await buildCopy(
    { [profile]: text, "src/content/profile/lab-monogram.png": saved! },
    { SITE_NOW },
  );
  try {
    expect(build.ok, build.output).toBe(true);
  } finally {
    await removeCopy(build);
  }
});

test("warns, in the build's words, when a programme a published vacancy refers to is made a draft", async ({
  page,
}) => {
  await openEditor(page, "#/collections/programs/entries/epsrc-hds-cdt");
  const check = field(page, "Build check");
  await expect(check).toContainText("The build accepts this entry.");
  await field(page, "Draft").getByRole("switch").check();
  await expect(check).toContainText("the build would say:");
  await expect(check).toContainText(
    'src/content/vacancies/phd-medical-image-analysis.mdx has 1 problem:\n  - programs[1]: refers to the programme "epsrc-hds-cdt", which is a draft.',
  );
});

/** Where the editor opens an entry of the site, and the one-line field a round trip changes. */
function editorAddress(file: string): { hash: string; label: string; key: string } {
  const [, , folder = "", name = ""] = file.split("/");
  const slug = name.replace(/\.[^.]+$/, "");
  const collection = file.endsWith(".mdx") ? `${folder}-mdx` : folder;
  const key = folder === "vacancies" ? "title" : "name";
  return {
    hash: `#/collections/${collection}/entries/${slug}`,
    label: key === "title" ? "Title" : "Name",
    key,
  };
}

/** A Markdown vacancy beside the site's MDX one, with a body that uses what Markdown allows. */
function markdownVacancy(): [string, Buffer] {
  const body = [
    "## The project",
    "",
    "You will build *trustworthy* models for **fetal ultrasound**, with `PyTorch`.",
    "",
    "- Work with clinicians at the [John Radcliffe Hospital](https://www.ouh.nhs.uk/).",
    "- Present at MICCAI.",
    "",
    "1. Apply through a programme.",
    "2. Write to us: [imaging@example.ac.uk](mailto:imaging@example.ac.uk).",
    "",
    "> Interviews are held online.",
    "",
    "~~Applications by post~~ are no longer taken. Your first script could be:",
    "",
    "```python",
    "import torch",
    "print(torch.__version__)",
    "```",
    "",
    "| Year | Stipend | Where |",
    "| :--- | ------: | :---: |",
    "| 1 | £21,000 | Oxford \\| online |",
  ].join("\n");
  return [
    "src/content/vacancies/phd-in-fetal-ultrasound.md",
    Buffer.from(`${exampleVacancyFrontMatter("PhD in fetal ultrasound")}\n\n${body}\n`),
  ];
}

test("round-trips every entry of the site: one field changes, nothing else, and the site still builds", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [markdownFile, markdownBytes] = markdownVacancy();
  const files = { ...contentFiles(), [markdownFile]: markdownBytes };
  await seedRepository(page, files);
  const entries = Object.entries(files).filter(([file]) => /\.(ya?ml|mdx?)$/.test(file));
  const edited: Record<string, string> = {};
  await openEditor(page);
  for (const [file, bytes] of entries) {
    const before = bytes.toString("utf8");
    const { hash, label, key } = editorAddress(file);
    // Each entry on a fresh load of the editor.
    await openAgain(page, hash);
    const input = field(page, label).first().getByRole("textbox");
    const original = dataOf(file, before);
    await expect(input).toHaveValue(String(original.data[key]), { timeout: 15_000 });
    await input.fill(`${String(original.data[key])} (edited)`);
    await expect(field(page, "Build check")).toContainText("The build accepts this entry.");
    await page.getByRole("button", { name: "Save" }).click();
    const after = await savedFile(page, file, before);
    const saved = dataOf(file, after);
    expect(saved.data, file).toEqual({
      ...original.data,
      [key]: `${String(original.data[key])} (edited)`,
    });
    // The body keeps its meaning: a Markdown editor may write the same thing differently.
    if (file.endsWith(".md")) {
      expect(await renderMarkdown(saved.body), file).toBe(await renderMarkdown(original.body));
    } else {
      expect(saved.body, file).toBe(original.body);
    }
    edited[file] = after;
  }
  const build = await buildCopy(edited, { SITE_NOW });
  try {
    expect(build.ok, build.output).toBe(true);
  } finally {
    await removeCopy(build);
  }
});

/** A bad value for an entry of the site: where to type it, and the same change to the file's data. */
interface BadValue {
  name: string;
  file: string;
  enter: (page: Page) => Promise<void>;
  change: (data: Record<string, unknown>) => Record<string, unknown>;
}

const HOSTILE_MARKDOWN = "Read [the funding guide](javascript:alert(document.cookie)) first.";

const BAD_VALUES: BadValue[] = [
  {
    name: "a deadline at a time the clocks skip",
    file: "src/content/programs/dphil-engineering-science.yaml",
    enter: async (page) => {
      await field(field(page, "Deadlines"), "Local date and time")
        .first()
        .getByRole("textbox")
        .fill("2026-03-29T01:30");
    },
    change: (data) => {
      const [first, ...rest] = data["deadlines"] as Record<string, unknown>[];
      return { ...data, deadlines: [{ ...first, localDateTime: "2026-03-29T01:30" }, ...rest] };
    },
  },
  {
    name: "a currency that is not ISO 4217",
    file: "src/content/vacancies/phd-medical-image-analysis.mdx",
    enter: async (page) => {
      const stipend = field(page, "Stipend");
      await stipend.getByRole("checkbox").check();
      await field(stipend, "Amount").getByRole("spinbutton").fill("19000");
      await field(stipend, "Currency").getByRole("textbox").fill("EURO");
      await field(stipend, "Per").getByRole("radio", { name: "year" }).check();
    },
    change: (data) => ({ ...data, stipend: { amount: 19000, currency: "EURO", per: "year" } }),
  },
  {
    name: "a javascript: link in Markdown",
    file: "src/content/scholarships/oxford-automatic-scholarships.yaml",
    enter: async (page) => {
      const description = field(page, "Description");
      // Markdown opens as written, not in the rich-text view (its toggle is pressed).
      await expect(description.getByRole("button", { name: "Edit in Markdown" })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await description.getByRole("textbox").fill(HOSTILE_MARKDOWN);
    },
    change: (data) => ({ ...data, description: HOSTILE_MARKDOWN }),
  },
];

for (const bad of BAD_VALUES) {
  test(`refuses ${bad.name} with the build's own message, and leaves the file as it was`, async ({
    page,
  }) => {
    const before = contentFiles()[bad.file]!.toString("utf8");
    const source = dataOf(bad.file, before);
    const collection = COLLECTIONS.find(({ facts }) => bad.file.startsWith(facts.folder))!;
    // What the build says of the file with that change.
    const verdict = await checkEntry(collection.schema as z.ZodType, bad.file, {
      data: bad.change(source.data),
      body: source.body,
    });
    expect(verdict?.error).toBeDefined();

    await openEditor(page, editorAddress(bad.file).hash);
    await bad.enter(page);
    const check = field(page, "Build check");
    await expect(check).toContainText(verdict!.error);
    await page.getByRole("button", { name: "Save" }).click();
    // Sveltia refuses the save, and shows the message where the field's errors go.
    await expect(check.getByRole("alert")).toContainText(verdict!.error);
    await expect(page.getByRole("alert").filter({ hasText: /error/ }).last()).toContainText(
      /correct it to save/,
    );
    await page.waitForTimeout(1000);
    expect(await repositoryFile(page, bad.file)).toBe(before);
  });
}

test("takes a new entry's file name only where the build would: not another page's address, not an id in use, lower-case words", async ({
  page,
}) => {
  await openEditor(page, "#/collections/vacancies/new");
  const slug = page.getByRole("group", { name: "Slug" });
  const name = slug.getByRole("textbox", { name: "Slug" });
  // The MDX vacancy's id: the form keeps MDX vacancies in a collection of their own.
  // The form checks its fields when asked to save (the rest of this one is empty).
  for (const refused of ["search", "PhD_in_AI", "phd-medical-image-analysis"]) {
    await name.fill(refused);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(slug.getByRole("alert")).toContainText(
      /Lower-case letters and digits joined by single hyphens, and not open, past, search .*, nor the name of another vacancy/,
    );
    await expect(name).toHaveAttribute("aria-invalid", "true");
  }
  await name.fill("phd-in-cardiac-mri");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /error/ }).last()).toBeVisible();
  await expect(slug.getByRole("alert")).toHaveCount(0);
  expect(await repositoryFolder(page, "src/content/vacancies")).toEqual([
    "phd-medical-image-analysis.mdx",
  ]);
});

test("does not run inside another page's frame, where a click could be stolen", async ({
  page,
}) => {
  await page.goto("/admin/config.yml");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "/admin/";
    document.body.append(frame);
  });
  const framed = page.frameLocator("iframe");
  await expect(framed.locator("body")).toHaveText(/does not run inside a frame/);
  await expect(framed.getByRole("button", { name: /Work with Local Repository/ })).toHaveCount(0);
});

test("works under a sub-path: a site built with --base /lab/ has it at /lab/admin/", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const build = await buildCopy({}, { SITE_NOW }, ["--base", "/lab/"]);
  const server = await serveCopy(build.dir, "/lab/");
  try {
    expect(build.ok, build.output).toBe(true);
    const { address } = server;
    origins.add(new URL(address).origin);
    const admin = `${address}admin/`;
    const fonts: string[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".woff2"))
        fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await seedRepository(page, contentFiles(), admin);
    await openEditor(page, "#/collections/vacancies-mdx", admin);
    await expect(
      page.getByRole("gridcell", {
        name: "PhD studentships in medical image analysis",
        exact: true,
      }),
    ).toBeVisible();
    // Its fonts (and so its icons) load from under the base.
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^200 \/lab\/admin\/assets\//);
  } finally {
    await server.close();
    await removeCopy(build);
  }
});

test("npm run dev serves it too, under a sub-path, and a schema changed while the server runs reaches the form and its check", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = await makeCopy({});
  // Under a sub-path, where Astro's server takes the base off each address first.
  const server = await startDevServer(dir, { base: "/lab/" });
  try {
    const address = server.address;
    origins.add(new URL(address).origin);
    const admin = `${address}admin/`;
    const programme = "#/collections/programs/entries/dphil-engineering-science";
    await seedRepository(page, contentFiles(), admin);
    await openEditor(page, programme, admin);
    await expect(field(page, "Provider")).toBeVisible();
    await expect(field(page, "Campus")).toHaveCount(0);

    const schema = path.join(dir, "src/collections/programs.ts");
    const provider = 'provider: line("Who runs it.", "Example University"),';
    const source = await readFile(schema, "utf8");
    expect(source).toContain(provider);
    await writeFile(
      schema,
      source.replace(
        provider,
        `$&\n  campus: line("Where it is taught.", "Headington").optional(),`,
      ),
    );
    await openAgain(page, programme, admin);
    // The form has the new field, and its check knows it: the old script would refuse "campus".
    await field(page, "Campus").getByRole("textbox").fill("Headington");
    await expect(field(page, "Build check")).toContainText("The build accepts this entry.");
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
  expect(server.log()).not.toMatch(/\[ERROR\]|\[WARN\]/);
});
