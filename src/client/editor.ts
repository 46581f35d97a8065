/**
 * The editor at /admin/: Sveltia CMS with the build's own checks. Its form comes from
 * /admin/config.yml (written from the schemas by src/lib/schema/editor-config.ts); this script
 * adds the "Build check" field, which runs `checkEntry` (the function the build runs on every
 * file) on the whole entry, and refuses the save with the build's message when it fails.
 */
import CMS from "@sveltia/cms";
import type { CustomFieldControlProps } from "@sveltia/cms";
import type { z } from "astro/zod";
import { COLLECTIONS } from "../collections/index";
import { checkEntry } from "../checks/entry";
import { referenceWarnings } from "../checks/references";
import {
  BUILD_CHECK_FIELD,
  BUILD_CHECK_WIDGET,
  NEW_ENTRY_SWITCH_WIDGET,
  type KnownEntries,
} from "../lib/schema/editor-config";
import { asSaved } from "../lib/schema/saved-entry";

interface ReactLike {
  createElement: (
    type: string,
    props: Record<string, unknown> | null,
    ...children: unknown[]
  ) => unknown;
}
interface ClassSpec {
  getInitialState?: () => unknown;
  componentDidMount?: () => void;
  componentDidUpdate?: (previous: CustomFieldControlProps) => void;
  componentWillUnmount?: () => void;
  isValid?: () => Promise<true | { error: { message: string } }>;
  render: () => unknown;
  [key: string]: unknown;
}
type Instance = {
  props: CustomFieldControlProps;
  state: { message: string | undefined; warnings: string[]; checked: boolean };
  setState: (state: Partial<Instance["state"]>) => void;
  timer?: ReturnType<typeof setTimeout>;
  check: () => Promise<string | undefined>;
};

// Sveltia puts React's helpers on window when it loads.
const { createClass, h } = window as unknown as {
  createClass: (spec: ClassSpec & ThisType<Instance>) => unknown;
  h: ReactLike["createElement"];
};

interface Verdict {
  /** The build's refusal, which blocks the save. */
  error: string | undefined;
  /** What the build will say using other entries, as the editor's build knew them: a warning. */
  warnings: string[];
}

/** The build's verdict on the entry in the form, as it will be saved. */
async function checkForm(props: CustomFieldControlProps): Promise<Verdict> {
  const field = props.field;
  const name = field.get("collection") as string;
  const extension = field.get("extension") as string;
  const collection = COLLECTIONS.find(({ facts }) => facts.name === name);
  if (!collection || !props.entry) return { error: undefined, warnings: [] };
  const entry = props.entry.toJS() as { slug?: string; data: Record<string, unknown> };
  const { body, [BUILD_CHECK_FIELD]: _check, ...fields } = entry.data;
  // A new entry has no file name until it is typed in the Slug panel.
  const file = entry.slug
    ? `${collection.facts.folder}/${entry.slug}${extension}`
    : `The new ${collection.facts.noun}`;
  const data = (asSaved(fields) ?? {}) as Record<string, unknown>;
  const result = await checkEntry(collection.schema as z.ZodType, file, {
    data,
    body: typeof body === "string" ? body.trim() : "",
  });
  const known = (field.get("known_entries") as { toJS?: () => unknown } | undefined)?.toJS?.() as
    KnownEntries | undefined;
  const warnings =
    known && !result
      ? referenceWarnings(
          name,
          {
            id: entry.slug ?? "",
            file,
            draft: data["draft"] === true,
            programs: (data["programs"] as string[] | undefined) ?? [],
            scholarships: (data["scholarships"] as string[] | undefined) ?? [],
          },
          known,
        )
      : [];
  return { error: result?.error, warnings };
}

const BuildCheck = createClass({
  getInitialState() {
    return { message: undefined, warnings: [], checked: false };
  },
  async check() {
    const { error: message, warnings } = await checkForm(this.props);
    this.setState({ message, warnings, checked: true });
    // Sveltia asks a field whether it is valid when the field's own value changes, and remembers
    // the answer until the save: the verdict is kept as the value, so that a new verdict is asked
    // for. It is never written (see the preSave listener).
    const verdict = message ?? "";
    if (verdict !== (this.props.value ?? "")) this.props.onChange(verdict);
    return message;
  },
  componentDidMount() {
    void this.check();
  },
  componentDidUpdate(previous: CustomFieldControlProps) {
    if (previous.entry === this.props.entry) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), 300);
  },
  componentWillUnmount() {
    clearTimeout(this.timer);
  },
  async isValid() {
    const message = await this.check();
    return message ? { error: { message } } : true;
  },
  render() {
    const { message, warnings, checked } = this.state;
    const text = (content: string) =>
      h("pre", { style: { whiteSpace: "pre-wrap", margin: 0, font: "inherit" } }, content);
    return h(
      "output",
      { id: this.props.forID, className: "build-check", "aria-live": "polite" },
      !checked
        ? "Checking…"
        : message
          ? text(message)
          : warnings.length
            ? "This entry passes its own checks. With the other entries as they were when this editor was built, the build would say:"
            : "The build accepts this entry.",
      ...warnings.map((warning) => h("div", { key: warning }, text(warning))),
    );
  },
});

CMS.registerFieldType(BUILD_CHECK_WIDGET, BuildCheck as never);

/** A switch that starts new entries at `new_entry_value` and leaves others as their file says. */
const NewEntrySwitch = createClass({
  componentDidMount() {
    const { entry, field, value, onChange } = this.props;
    // A new entry has no file yet; Sveltia starts a custom field's value as "".
    const isNew = entry !== undefined && !entry.get("path");
    if (isNew && (value === undefined || value === "")) onChange(field.get("new_entry_value"));
  },
  render() {
    const { field, forID, value, onChange } = this.props;
    return h("input", {
      type: "checkbox",
      role: "switch",
      id: forID,
      "aria-label": field.get("label"),
      checked: value === true,
      onChange: (event: Event) => onChange((event.target as HTMLInputElement).checked),
      style: { width: "1.25rem", height: "1.25rem" },
    });
  },
});

CMS.registerFieldType(NEW_ENTRY_SWITCH_WIDGET, NewEntrySwitch as never);

// The check's field is the form's, not the file's: it is never written.
CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => entry.deleteIn(["data", BUILD_CHECK_FIELD]) as typeof entry,
});

// Signed in, the editor holds a token that can write to the repository: it does not run inside
// another page's frame, where a visitor could be tricked into clicking it (a <meta> policy cannot
// forbid framing, as frame-ancestors can only be sent as a header).
if (window.top === window.self) {
  void CMS.init();
} else {
  document.body.textContent = "The editor does not run inside a frame: open it on its own.";
}
