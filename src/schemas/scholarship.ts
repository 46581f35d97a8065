import { z } from "astro/zod";
import { citedDate, draft, markdown, text, webUrl } from "./fields";

/**
 * How a scholarship is applied for: `automatic` (considered with the graduate application),
 * `additional-application`, or `cdt` (funded through a Centre for Doctoral Training).
 */
export const FUNDING_ROUTES = ["automatic", "additional-application", "cdt"] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];

/** A passage quoted from a funding page, with the date it was read. */
export const QuotedSourceSchema = z.strictObject({
  /** Title of the page quoted. */
  title: text("Graduate – Fees and funding"),
  /** Address of the page quoted. */
  url: webUrl("https://www.ox.ac.uk/admissions/graduate/fees-and-funding/oxford-funding"),
  /** When the page was read: a month (2024-06) or a date. */
  cited: citedDate("2024-06"),
  /** The passage, word for word. */
  quote: text(
    "For the majority of Oxford scholarships, all you need to do is submit your graduate application.",
  ),
});

/** A scholarship or funding route (a YAML file in `src/content/scholarships/`). */
export const ScholarshipSchema = z.strictObject({
  /** Full name. */
  name: text("Clarendon Fund Scholarship"),
  /** A short name used in lists, such as "HDS CDT". */
  shortName: text("HDS CDT").optional(),
  /** Where to read more. */
  url: webUrl("https://www.ox.ac.uk/clarendon"),
  /** How it is applied for. */
  route: z.enum(FUNDING_ROUTES).meta({ examples: ["automatic"] }),
  /** A few sentences of Markdown. */
  description: markdown("These include the Clarendon Fund Scholarship."),
  /** An optional quoted passage from the funder's page. */
  source: QuotedSourceSchema.optional().meta({
    examples: [
      {
        title: "Graduate – Fees and funding",
        url: "https://www.ox.ac.uk/admissions/graduate/fees-and-funding/oxford-funding",
        cited: "2024-06",
        quote: "For the majority of Oxford scholarships, all you need to do is apply.",
      },
    ],
  }),
  /** true keeps the scholarship out of production builds. */
  draft,
});

export type Scholarship = z.output<typeof ScholarshipSchema>;
