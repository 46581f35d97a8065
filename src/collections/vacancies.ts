import { z } from "astro/zod";
import { DeadlineSchema } from "./fields";
import { addDays } from "../lib/deadlines/resolve";
import type { CollectionFacts } from "./fields";
import {
  calendarDate,
  draft,
  email,
  line,
  lineList,
  markdown,
  monthOrDate,
  referenceList,
  text,
  webUrl,
  type ReferenceTo,
} from "./fields";
import { isCurrencyCode } from "../lib/formatting/stipend";
import { RESERVED_VACANCY_IDS } from "../routes";

/** PhD vacancies: Markdown (or MDX) files whose front matter holds the facts. */
export const VACANCIES = {
  name: "vacancies",
  noun: "vacancy",
  folder: "src/content/vacancies",
  // Plain Markdown is data; MDX bodies are code (they can import components and run scripts).
  extensions: [".md", ".mdx"],
  reservedIds: RESERVED_VACANCY_IDS,
  // Pictures a Markdown body shows may sit beside it.
  assets: [".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg"],
  bodyExample:
    "The student will join a multi-disciplinary group working on machine learning for medical imaging, with clinicians and scientists. Describe the group and the project here.",
  starter: (title: string, today: string) => ({
    title,
    datePosted: today,
    closes: {
      label: "applications close",
      localDateTime: `${addDays(today, 60)}T17:00`,
      timeZone: "Europe/London",
    },
    draft: true,
  }),
} as const satisfies CollectionFacts;

/** Where the student will be based; it also feeds the postal address in structured data. */
export const LocationSchema = z.strictObject({
  name: line("Department and institution.", "Department of Bioengineering, Example University"),
  locality: line("Town or city.", "Exampleton"),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, such as "GB"' })
    .meta({
      description: "The country as an ISO 3166 two-letter code in capitals.",
      examples: ["GB"],
    }),
});

/** One supervisor of the student, with a page about them if there is one. */
export const SupervisorSchema = z.strictObject({
  name: line("The supervisor's name as it should be shown.", "Professor Ada Example"),
  url: webUrl(
    "A page about the supervisor, such as their staff or lab page.",
    "https://www.example.org/people/ada-example",
  ).optional(),
});

/** How often a stipend's amount is paid. */
export const STIPEND_PERIODS = ["year", "month"] as const;

/** The student's living allowance: an amount in a currency, per year or per month. */
export const StipendSchema = z.strictObject({
  amount: z
    .number()
    .positive()
    .meta({ description: "The amount, as a number without a currency sign.", examples: [19000] }),
  currency: z
    .string()
    .trim()
    .refine(isCurrencyCode, {
      error: 'must be an ISO 4217 currency code in capitals, such as "GBP", "EUR" or "USD"',
    })
    .meta({ description: "The currency as an ISO 4217 code in capitals.", examples: ["EUR"] }),
  per: z.enum(STIPEND_PERIODS).meta({
    description: "Whether the amount is paid each year or each month.",
    examples: ["year"],
  }),
});

/** schema.org employment types, as Google's job search reads them. */
export const EMPLOYMENT_TYPES = [
  "FULL_TIME",
  "PART_TIME",
  "CONTRACTOR",
  "TEMPORARY",
  "INTERN",
  "VOLUNTEER",
  "PER_DIEM",
  "OTHER",
] as const;

/** A PhD vacancy: the front matter of a file in `src/content/vacancies/`. */
export const createVacancySchema = (reference: ReferenceTo) =>
  z.strictObject({
    title: line(
      "The position's title, shown as the page heading.",
      "PhD studentship in cardiac MRI analysis",
    ),
    summary: text(
      "One sentence that opens the advert and describes it in lists, feeds and search results.",
      "We are looking for a motivated student to develop machine learning methods for cardiac MRI.",
    ),
    datePosted: calendarDate(
      "The day the vacancy was first published, written YYYY-MM-DD.",
      "2026-01-05",
    ),
    closes: DeadlineSchema.optional().meta({
      description:
        "The vacancy's own closing time. Without it, the vacancy closes with the latest deadline of its programmes, or stays open until filled when they have none.",
      examples: [
        {
          label: "applications close",
          localDateTime: "2026-03-02T17:00",
          timeZone: "Europe/London",
        },
      ],
    }),
    location: LocationSchema.meta({
      description: "Where the student will be based.",
      examples: [
        {
          name: "Department of Bioengineering, Example University",
          locality: "Exampleton",
          country: "GB",
        },
      ],
    }),
    startDate: monthOrDate(
      "When the studentship starts: a month written YYYY-MM, or a date written YYYY-MM-DD.",
      "2027-01",
    ).optional(),
    duration: line("How long the studentship lasts.", "4 years").optional(),
    supervisors: z
      .array(SupervisorSchema)
      .default([])
      .meta({
        description: "Who will supervise the student, each with an optional link.",
        examples: [
          [{ name: "Professor Ada Example", url: "https://www.example.org/people/ada-example" }],
        ],
      }),
    stipend: StipendSchema.optional().meta({
      description:
        "The yearly or monthly living allowance, shown in the currency's own format and given to job search.",
      examples: [{ amount: 19000, currency: "EUR", per: "year" }],
    }),
    contactEmail: email(
      "The address applicants write to. Without it, the profile's email is shown.",
      "imaging-phd@example.org",
    ).optional(),
    notice: text(
      "A note shown prominently near the top, such as a warning about response times.",
      "Interviews will take place in the week of 16 February.",
    ).optional(),
    expectations: text(
      "The sentence stating the background every candidate needs.",
      "Candidates should have a strong background in computer science, engineering or physics.",
    ),
    essentialRequirements: lineList(
      'What candidates must have, listed under "You should also have".',
      "A first-class degree in a quantitative subject.",
      1,
    ),
    desirableRequirements: lineList(
      "What would help but is not required.",
      "Experience with deep learning frameworks.",
    ).default([]),
    topics: lineList(
      "Research directions open to the student.",
      "Motion correction for cardiac MRI with deep learning",
      1,
    ),
    programs: referenceList(
      reference,
      "programs",
      "The programmes applicants apply through: the file names in src/content/programs/, without .yaml.",
      "dphil-engineering-science",
    ),
    scholarships: referenceList(
      reference,
      "scholarships",
      "The scholarships that can fund the position: the file names in src/content/scholarships/, without .yaml.",
      "oxford-automatic-scholarships",
    ),
    employmentType: z
      .enum(EMPLOYMENT_TYPES)
      .default("FULL_TIME")
      .meta({
        description: "How the position is held, as job search reads it.",
        examples: ["FULL_TIME"],
      }),
    educationRequirements: line(
      "The degree an applicant needs, shown in the key facts and given to job search.",
      "A master's degree in a quantitative subject",
    ).optional(),
    eligibility: line(
      "Who may apply, such as visa or residency conditions.",
      "Open to applicants of any nationality",
    ).optional(),
    directApply: z
      .boolean()
      .optional()
      .meta({
        title: "Apply directly to the group",
        description:
          "true (Yes in the editor) when applicants apply to the group directly rather than through a programme.",
        examples: [false],
      }),
    fundingAdvice: markdown(
      "Markdown advice shown above the scholarships. Links must be full https://, http:// or mailto: addresses; no HTML.",
      "Read the [funding guide](https://www.example.org/funding) before you apply.",
    ).optional(),
    draft,
  });

export type Vacancy = z.output<ReturnType<typeof createVacancySchema>>;
