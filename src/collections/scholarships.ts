import { z } from "astro/zod";
import type { CollectionFacts } from "./fields";
import { draft, line, markdown, monthOrDate, text, webUrl } from "./fields";

/** Scholarships and other funding routes: YAML files. */
export const SCHOLARSHIPS = {
  name: "scholarships",
  noun: "scholarship",
  folder: "src/content/scholarships",
  extensions: [".yaml"],
  reservedIds: [],
  assets: [],
  bodyExample: undefined,
  starter: (name: string, today: string) => ({
    name,
    source: { ...SOURCE_EXAMPLE, cited: today.slice(0, 7) },
    draft: true,
  }),
} as const satisfies CollectionFacts;

/**
 * How a scholarship is applied for: `automatic` (considered with the graduate application),
 * `additional-application`, or `cdt` (funded through a Centre for Doctoral Training).
 */
export const FUNDING_ROUTES = ["automatic", "additional-application", "cdt"] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];

const SOURCE_EXAMPLE = {
  title: "Funding for graduate students",
  url: "https://www.example.org/funding",
  cited: "2026-01",
  quote: "Every applicant who applies by the January deadline is considered for funding.",
};

/** A passage quoted from a funding page, with the date it was read. */
export const QuotedSourceSchema = z.strictObject({
  title: line("The title of the page quoted.", SOURCE_EXAMPLE.title),
  url: webUrl("The address of the page quoted.", SOURCE_EXAMPLE.url),
  cited: monthOrDate(
    "When the page was read: a month written YYYY-MM, or a date.",
    SOURCE_EXAMPLE.cited,
  ),
  quote: text("The passage, word for word.", SOURCE_EXAMPLE.quote),
});

/** A scholarship or funding route (a YAML file in `src/content/scholarships/`). */
export const ScholarshipSchema = z.strictObject({
  name: line("The scholarship's full name.", "Example University Graduate Scholarship"),
  shortName: line("A short name used where names are listed briefly.", "EU Graduate").optional(),
  url: webUrl("Where to read more.", "https://www.example.org/scholarship"),
  route: z.enum(FUNDING_ROUTES).meta({
    description:
      "How it is applied for: automatic (considered with the graduate application), additional-application (needs an application of its own) or cdt (funded through a Centre for Doctoral Training).",
    examples: ["automatic"],
  }),
  description: markdown(
    "A few sentences of Markdown. Links must be full https://, http:// or mailto: addresses; no HTML.",
    "Covers fees and a living stipend for three and a half years.",
  ),
  source: QuotedSourceSchema.optional().meta({
    description: "A passage quoted from the funder's page.",
    examples: [SOURCE_EXAMPLE],
  }),
  draft,
});

export type Scholarship = z.output<typeof ScholarshipSchema>;
