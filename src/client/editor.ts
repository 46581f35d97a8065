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
import {
  BUILD_CHECK_FIELD,
  BUILD_CHECK_WIDGET,
  NEW_ENTRY_SWITCH_WIDGET,
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
  state: { message: string | undefined; checked: boolean };
  setState: (state: Partial<Instance["state"]>) => void;
  timer?: ReturnType<typeof setTimeout>;
  check: () => Promise<string | undefined>;
};

// Sveltia puts React's helpers on window when it loads.
const { createClass, h } = window as unknown as {
  createClass: (spec: ClassSpec & ThisType<Instance>) => unknown;
  h: ReactLike["createElement"];
};

/** The build's verdict on the entry in the form, as it will be saved. */
async function checkForm(props: CustomFieldControlProps): Promise<string | undefined> {
  const field = props.field;
  const name = field.get("collection") as string;
  const extension = field.get("extension") as string;
  const collection = COLLECTIONS.find(({ facts }) => facts.name === name);
  if (!collection || !props.entry) return undefined;
  const entry = props.entry.toJS() as { slug?: string; data: Record<string, unknown> };
  const { body, [BUILD_CHECK_FIELD]: _check, ...fields } = entry.data;
  const file = `${collection.facts.folder}/${entry.slug || "new entry"}${extension}`;
  const result = await checkEntry(collection.schema as z.ZodType, file, {
    data: asSaved(fields) as Record<string, unknown>,
    body: typeof body === "string" ? body.trim() : "",
  });
  return result?.error;
}

const BuildCheck = createClass({
  getInitialState() {
    return { message: undefined, checked: false };
  },
  async check() {
    const message = await checkForm(this.props);
    this.setState({ message, checked: true });
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
    const { message, checked } = this.state;
    return h(
      "output",
      { id: this.props.forID, className: "build-check", "aria-live": "polite" },
      !checked
        ? "Checking…"
        : message
          ? h("pre", { style: { whiteSpace: "pre-wrap", margin: 0, font: "inherit" } }, message)
          : "The build accepts this entry.",
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

void CMS.init();
