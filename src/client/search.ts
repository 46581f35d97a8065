import type { SearchMeta } from "../lib/publishing/search-record";
import { CLOSES_SORT, openNow, type Pagefind, type PagefindResult } from "./search-status";

// The labels of src/lib/deadlines/status.ts, written out: importing that module here would split
// it into a chunk that every page's deadline script then loads, over /vacancies/' budget.
const STATUS_LABELS = { open: "Open", "closing-soon": "Closing soon", closed: "Closed" };

/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
const more = document.querySelector<HTMLButtonElement>("[data-search-more]")!;
const field = (name: string) =>
  form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

let pending: PagefindResult[] = [];
/** Counts searches, so that a slow one finishing late does not replace a newer one's results. */
let latest = 0;

/** The form's fields from the address, so a search can be linked to and comes back on reload. */
function readAddress(): void {
  const params = new URL(location.href).searchParams;
  for (const [name, value] of params) {
    const element = form.elements.namedItem(name);
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      element.value = value;
    }
  }
}

function writeAddress(): void {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim()) params.set(name, value.trim());
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** Fills the programme, topic and funding lists with the values the index holds, A to Z. */
async function fillFilters(pagefind: Pagefind): Promise<void> {
  const available = await pagefind.filters();
  for (const select of form.querySelectorAll<HTMLSelectElement>("[data-search-filter]")) {
    const chosen = new URL(location.href).searchParams.get(select.name);
    const values = Object.entries(available[select.name] ?? {}).sort(([a], [b]) =>
      a.localeCompare(b, "en-GB"),
    );
    for (const [value, count] of values) {
      select.append(new Option(`${value} (${count})`, value, false, value === chosen));
    }
  }
}

/**
 * One result, with the status and countdown the build recorded. The deadline script (which runs
 * on every page) brings them up to date on the visitor's clock, as it does on every other page.
 */
function resultItem(url: string, meta: { title?: string } & Partial<SearchMeta>): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "vacancy-summary";
  const heading = document.createElement("h3");
  const link = document.createElement("a");
  link.href = url;
  link.textContent = meta.title ?? url;
  heading.append(link);

  const facts = document.createElement("p");
  facts.className = "vacancy-status";
  const badge = document.createElement("span");
  badge.className = "status-badge";
  if (meta.closes) {
    // As VacancyStatus.astro draws it: every label, the one for the status shown by CSS, so the
    // deadline script changes the status without changing the layout.
    for (const [status, label] of Object.entries(STATUS_LABELS)) {
      const span = document.createElement("span");
      span.className = "status-label";
      span.dataset["label"] = status;
      span.textContent = label;
      badge.append(span);
      if (label === meta.status) badge.dataset["deadlineStatus"] = status;
    }
    badge.dataset["instant"] = meta.closes;
    const time = document.createElement("time");
    time.dateTime = meta.closes;
    time.dataset["instant"] = meta.closes;
    time.textContent = meta.deadline ?? meta.closes;
    const countdown = document.createElement("span");
    countdown.className = "deadline-countdown";
    countdown.dataset["instant"] = meta.closes;
    countdown.dataset["countdown"] = "";
    facts.append(badge, " Closing date: ", time, ". ", countdown);
  } else {
    badge.textContent = meta.status ?? "";
    facts.append(badge, ` ${meta.deadline ?? ""}.`);
  }
  item.append(heading, facts);
  if (meta.summary) {
    const summary = document.createElement("p");
    summary.textContent = meta.summary;
    item.append(summary);
  }
  return item;
}

/** Adds the next page of results; `focus` moves the focus to the first one added. */
async function showMore(search: number, focus: boolean): Promise<void> {
  const page = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const data = await Promise.all(page.map((result) => result.data()));
  if (search !== latest) return;
  const items = data.map(({ url, meta }) => resultItem(url, meta));
  list.append(...items);
  // The deadline script (src/client/deadlines.ts) listens for this.
  document.dispatchEvent(new Event("deadlines"));
  more.hidden = pending.length === 0;
  if (focus) items[0]?.querySelector("a")?.focus();
}

async function run(pagefind: Pagefind): Promise<void> {
  const search = ++latest;
  // An earlier search's results are not shown more of while this one runs.
  pending = [];
  more.hidden = true;
  const term = field("q").value.trim() || null;
  const filters: Record<string, string> = {};
  for (const name of ["status", "programme", "topic", "funding"]) {
    const value = field(name).value;
    if (value) filters[name] = value;
  }
  const order = field("sort").value;
  // Without words there is no best match: the soonest deadline comes first.
  const direction = order === "asc" || order === "desc" ? order : term ? undefined : "asc";
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Type a word or choose a filter.";
    return;
  }
  status.textContent = "Searching…";
  // The index holds each vacancy's status at build time; the status filter is applied here,
  // on the visitor's clock, like the badges.
  const { status: wanted, ...others } = filters;
  try {
    const [found, open] = await Promise.all([
      pagefind.search(term, {
        filters: others,
        ...(direction && { sort: { [CLOSES_SORT]: direction } }),
      }),
      wanted ? openNow(pagefind, term, others, Date.now()) : undefined,
    ]);
    if (search !== latest || !found || (wanted && !open)) return;
    pending = open
      ? found.results.filter((result) => open.has(result.id) === (wanted === "open"))
      : found.results;
    list.replaceChildren();
    const count = pending.length;
    status.textContent =
      count === 0
        ? "No vacancies match."
        : `${count} ${count === 1 ? "vacancy matches" : "vacancies match"}.`;
    await showMore(search, false);
  } catch {
    // A part of the index that did not load (the connection dropped, or a newer build replaced it).
    if (search === latest) {
      status.textContent = "The search could not be finished. Search again, or reload the page.";
    }
  }
}

async function start(): Promise<void> {
  readAddress();
  let pagefind: Pagefind;
  try {
    pagefind = (await import(
      /* @vite-ignore */ `${form.dataset["bundle"]}pagefind.js`
    )) as Pagefind;
    await fillFilters(pagefind);
  } catch {
    // No index: the development server, or a build with search turned off.
    form.hidden = true;
    list.closest("section")!.hidden = true;
    document.querySelector<HTMLElement>("[data-search-unavailable]")!.hidden = false;
    return;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    writeAddress();
    void run(pagefind);
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) form.requestSubmit();
  });
  more.addEventListener("click", () => void showMore(latest, true));
  await run(pagefind);
}

void start();
