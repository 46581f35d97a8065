/**
 * Turns Lighthouse results into a short text summary: the scores and key metrics of each run and
 * their medians, the audits that failed in accessibility, best practices and SEO, and the
 * performance findings worth fixing first.
 */
import type { Result } from "lighthouse";

type AuditResult = Result["audits"][string];

export const CATEGORIES = [
  { id: "performance", label: "Performance" },
  { id: "accessibility", label: "Accessibility" },
  { id: "best-practices", label: "Best practices" },
  { id: "seo", label: "SEO" },
] as const;

export const CATEGORY_IDS: string[] = CATEGORIES.map((category) => category.id);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const milliseconds = (ms: number) => `${Math.round(ms)} ms`;
const kibibytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export const METRICS = [
  { id: "first-contentful-paint", label: "FCP", name: "First Contentful Paint", format: seconds },
  {
    id: "largest-contentful-paint",
    label: "LCP",
    name: "Largest Contentful Paint",
    format: seconds,
  },
  { id: "total-blocking-time", label: "TBT", name: "Total Blocking Time", format: milliseconds },
  {
    id: "cumulative-layout-shift",
    label: "CLS",
    name: "Cumulative Layout Shift",
    format: (value: number) => value.toFixed(3),
  },
  { id: "speed-index", label: "SI", name: "Speed Index", format: seconds },
  { id: "total-byte-weight", label: "Bytes", name: "Total byte weight", format: kibibytes },
] as const;

/**
 * Audits whose result depends on the server rather than on the site. Here that server is the
 * script's own loopback server (plain HTTP/1.1, GitHub Pages' `max-age=600`), so the deployed site
 * may well pass them.
 */
const HOST_NOTES: Readonly<Record<string, string>> = {
  "is-on-https": "the local server speaks plain HTTP; the deployed site is on HTTPS",
  "redirects-http": "the local server has no HTTPS to redirect to",
  "uses-http2": "the local server speaks HTTP/1.1; GitHub Pages serves HTTP/2",
  "modern-http-insight": "the local server speaks HTTP/1.1; GitHub Pages serves HTTP/2",
  "cache-insight":
    "cache lifetimes are the host's; the local server sends GitHub Pages' 10 minutes",
  "uses-long-cache-ttl":
    "cache lifetimes are the host's; the local server sends GitHub Pages' 10 min",
  "has-hsts": "response headers are the host's; GitHub Pages sets no custom headers",
  "origin-isolation": "response headers are the host's; GitHub Pages sets no custom headers",
  "clickjacking-mitigation": "response headers are the host's; GitHub Pages sets no custom headers",
  "document-latency-insight": "server latency and compression are the host's",
  "server-response-time": "server latency is the host's",
};

/** The median; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A category's score as Lighthouse shows it, 0 to 100, or `undefined` when it has none. */
export function categoryScore(lhr: Result, id: string): number | undefined {
  const score = lhr.categories[id]?.score;
  return typeof score === "number" ? Math.round(score * 100) : undefined;
}

function metricValue(lhr: Result, id: string): number | undefined {
  return lhr.audits[id]?.numericValue;
}

/** Pads every column of `rows` to its widest cell. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[index]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** One row per run, then their medians. */
export function scoreTable(lhrs: readonly Result[]): string[] {
  const header = ["Run", ...CATEGORIES.map((c) => c.label), ...METRICS.map((m) => m.label)];
  const rows = lhrs.map((lhr, index) => [
    String(index + 1),
    ...CATEGORIES.map((c) => String(categoryScore(lhr, c.id) ?? "–")),
    ...METRICS.map((m) => {
      const value = metricValue(lhr, m.id);
      return value === undefined ? "–" : m.format(value);
    }),
  ]);
  const medians = [
    "Median",
    ...CATEGORIES.map((c) => {
      const scores = lhrs.flatMap((lhr) => categoryScore(lhr, c.id) ?? []);
      return scores.length ? String(Math.round(median(scores))) : "–";
    }),
    ...METRICS.map((m) => {
      const values = lhrs.flatMap((lhr) => metricValue(lhr, m.id) ?? []);
      return values.length ? m.format(median(values)) : "–";
    }),
  ];
  return table([header, ...rows, medians]);
}

/** The median key metrics, one a line, with their full names. */
export function metricLines(lhrs: readonly Result[]): string[] {
  return table(
    METRICS.map((m) => {
      const values = lhrs.flatMap((lhr) => metricValue(lhr, m.id) ?? []);
      return [m.name, values.length ? m.format(median(values)) : "–"];
    }),
  );
}

/** The run whose performance score is the median one (the lower middle for an even count). */
export function medianRun(lhrs: readonly Result[]): { lhr: Result; index: number } {
  const order = lhrs
    .map((lhr, index) => ({ lhr, index, score: categoryScore(lhr, "performance") ?? -1 }))
    .sort((a, b) => a.score - b.score || a.index - b.index);
  const chosen = order[Math.floor((order.length - 1) / 2)]!;
  return { lhr: chosen.lhr, index: chosen.index };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function truncate(value: string, length: number): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Formats one cell of an audit's details table, as the Lighthouse report would. */
function duration(ms: number): string {
  if (ms >= 86_400_000) return `${+(ms / 86_400_000).toFixed(1)} d`;
  if (ms >= 3_600_000) return `${+(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 60_000) return `${+(ms / 60_000).toFixed(1)} min`;
  return milliseconds(ms);
}

function formatValue(
  value: unknown,
  valueType: unknown,
  origin: string,
  displayUnit?: unknown,
): string | undefined {
  const shorten = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);
  const object = record(value);
  if (object) {
    switch (object["type"]) {
      case "node": {
        const where = text(object["selector"]) ?? text(object["nodeLabel"]) ?? "element";
        const snippet = text(object["snippet"]);
        const explanation = text(object["explanation"])?.replace(
          /^Fix (any|all) of the following:/,
          "",
        );
        return [
          where,
          snippet && `${truncate(snippet, 80)}`,
          explanation && `(${truncate(explanation, 200)})`,
        ]
          .filter(Boolean)
          .join(" ");
      }
      case "source-location": {
        const url = text(object["url"]);
        const line = object["line"];
        const column = object["column"];
        if (!url) return undefined;
        return typeof line === "number" && typeof column === "number"
          ? `${shorten(url)}:${line + 1}:${column + 1}`
          : shorten(url);
      }
      case "url":
        return text(object["value"]) && shorten(object["value"] as string);
      case "text":
      case "code":
      case "link":
        return text(object["value"]) ?? text(object["text"]);
      default:
        return undefined;
    }
  }
  switch (valueType) {
    case "url":
      return typeof value === "string" ? shorten(value) : undefined;
    case "text":
    case "code":
      return text(value);
    case "ms":
    case "timespanMs":
      if (typeof value !== "number") return undefined;
      return displayUnit === "duration" ? duration(value) : milliseconds(value);
    case "bytes":
      return typeof value === "number" ? kibibytes(value) : undefined;
    case "numeric":
      return typeof value === "number"
        ? Number.isInteger(value)
          ? String(value)
          : value.toFixed(3)
        : undefined;
    default:
      return undefined;
  }
}

/** The items of an audit's details, one short line each. */
function detailLines(details: unknown, origin: string): string[] {
  const object = record(details);
  if (!object) return [];
  switch (object["type"]) {
    case "table":
    case "opportunity": {
      const headings = Array.isArray(object["headings"]) ? object["headings"] : [];
      const items = Array.isArray(object["items"]) ? object["items"] : [];
      return items.flatMap((item: unknown) => {
        const row = record(item);
        if (!row) return [];
        const cells = headings.flatMap((heading: unknown) => {
          const h = record(heading);
          const key = h && text(h["key"]);
          if (!h || !key) return [];
          return formatValue(row[key], h["valueType"], origin, h["displayUnit"]) ?? [];
        });
        return cells.length ? [cells.join(" · ")] : [];
      });
    }
    case "list":
      return (Array.isArray(object["items"]) ? object["items"] : []).flatMap((item: unknown) =>
        detailLines(item, origin),
      );
    case "checklist":
      return Object.values(record(object["items"]) ?? {}).flatMap((check) => {
        const c = record(check);
        return c && c["value"] === false && text(c["label"]) ? [`✗ ${c["label"] as string}`] : [];
      });
    case "node":
      return [formatValue(object, "node", origin) ?? []].flat();
    default:
      return [];
  }
}

const NOT_SCORED = new Set(["informative", "manual", "notApplicable"]);

function isFailing(audit: AuditResult | undefined): audit is AuditResult {
  if (!audit || NOT_SCORED.has(audit.scoreDisplayMode)) return false;
  return audit.scoreDisplayMode === "error" || (audit.score !== null && audit.score < 1);
}

function auditLines(
  audit: AuditResult,
  origin: string,
  { weight, runs, total }: { weight?: number; runs?: number; total?: number },
  maxItems: number,
): string[] {
  const facts = [
    audit.displayValue && truncate(audit.displayValue, 60),
    audit.scoreDisplayMode !== "binary" &&
      audit.score !== null &&
      `score ${Math.round(audit.score * 100)}`,
    weight === 0 && "does not count towards the score",
    runs !== undefined &&
      total !== undefined &&
      runs < total &&
      `failed in ${runs} of ${total} runs`,
  ].filter(Boolean);
  const lines = [`  ✗ ${audit.title} [${audit.id}]${facts.length ? ` — ${facts.join(", ")}` : ""}`];
  const savings = Object.entries(audit.metricSavings ?? {}).flatMap(([metric, value]) =>
    value ? [`${metric} ${metric === "CLS" ? value.toFixed(3) : milliseconds(value)}`] : [],
  );
  if (savings.length) lines.push(`      Estimated savings: ${savings.join(", ")}`);
  const note = HOST_NOTES[audit.id];
  if (note) lines.push(`      Expected here: ${note}.`);
  if (audit.errorMessage) lines.push(`      Audit error: ${truncate(audit.errorMessage, 200)}`);
  if (audit.explanation) lines.push(`      ${truncate(audit.explanation, 200)}`);
  const items = detailLines(audit.details, origin);
  for (const item of items.slice(0, maxItems)) lines.push(`      - ${truncate(item, 240)}`);
  if (items.length > maxItems) lines.push(`      … and ${items.length - maxItems} more`);
  return lines;
}

/**
 * The audits of a category that failed in any run, each once, with the details of the first run
 * in which it failed.
 */
export function failingAuditLines(lhrs: readonly Result[], categoryId: string): string[] {
  const first = lhrs[0];
  const category = first?.categories[categoryId];
  if (!first || !category) return [];
  const lines: string[] = [];
  for (const ref of category.auditRefs) {
    const failing = lhrs.filter((lhr) => isFailing(lhr.audits[ref.id]));
    const example = failing[0];
    if (!example) continue;
    const audit = example.audits[ref.id]!;
    const origin = new URL(example.finalDisplayedUrl).origin;
    lines.push(
      ...auditLines(
        audit,
        origin,
        { weight: ref.weight, runs: failing.length, total: lhrs.length },
        5,
      ),
    );
  }
  return lines;
}

const SAVINGS_ORDER = ["LCP", "FCP", "TBT", "INP"] as const;

/** What a performance finding promises, for sorting: milliseconds saved, and layout shift. */
function impact(audit: AuditResult): number {
  const savings = audit.metricSavings ?? {};
  const ms = SAVINGS_ORDER.reduce((sum, metric) => sum + (savings[metric] ?? 0), 0);
  // A layout shift of 0.1 (the "good" limit) counts as much as 1 s of delay.
  return ms + (savings["CLS"] ?? 0) * 10_000;
}

/**
 * The performance category's insights and diagnostics that did not pass in the given run, the
 * most promising first.
 */
export function opportunityLines(lhr: Result, limit: number): string[] {
  const category = lhr.categories["performance"];
  if (!category) return [];
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const found = category.auditRefs
    .filter((ref) => ref.group === "insights" || ref.group === "diagnostics")
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      return isFailing(audit) ? [audit] : [];
    })
    .sort((a, b) => impact(b) - impact(a) || (a.score ?? 0) - (b.score ?? 0));
  const lines = found.slice(0, limit).flatMap((audit) => auditLines(audit, origin, {}, 4));
  if (found.length > limit) lines.push(`  … and ${found.length - limit} more in the full report`);
  return lines;
}
