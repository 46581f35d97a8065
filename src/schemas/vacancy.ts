import { z } from "astro/zod";
import { DeadlineSchema } from "./deadline";
import {
  calendarDate,
  draft,
  email,
  markdown,
  referenceList,
  text,
  textList,
  type ReferenceTo,
} from "./fields";

/** Where the student will be based; it also feeds the postal address in structured data. */
export const LocationSchema = z.strictObject({
  /** Department and institution. */
  name: text("Department of Engineering Science, University of Oxford"),
  /** Town or city. */
  locality: text("Oxford"),
  /** Country as an ISO 3166 two-letter code. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, such as "GB"' })
    .meta({ examples: ["GB"] }),
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

/**
 * A PhD vacancy: the front matter of an MDX file in `src/content/vacancies/`. The MDX body holds
 * the prose about the group.
 */
export const createVacancySchema = (reference: ReferenceTo) =>
  z.strictObject({
    /** The position's title. */
    title: text("PhD studentships in medical image analysis"),
    /** One sentence that opens the advert and describes it in lists and search results. */
    summary: text(
      "We are seeking highly self-motivated students to pursue a PhD in medical image analysis.",
    ),
    /** The day the vacancy was first published. */
    datePosted: calendarDate("2025-10-01"),
    /** Its own closing time, when it differs from the programmes' deadlines. */
    closes: DeadlineSchema.optional().meta({
      examples: [
        {
          label: "applications close",
          localDateTime: "2026-01-15T17:00",
          timeZone: "Europe/London",
        },
      ],
    }),
    /** Where the student will be based. */
    location: LocationSchema.meta({
      examples: [
        {
          name: "Department of Engineering Science, University of Oxford",
          locality: "Oxford",
          country: "GB",
        },
      ],
    }),
    /** The address applicants write to. */
    contactEmail: email("medical-imaging@example.org"),
    /** An optional note shown prominently near the top, such as a warning about response times. */
    notice: text("Please note that I may not be able to respond to all emails.").optional(),
    /** The sentence stating the background every candidate needs. */
    expectations: text(
      "Candidates are expected to have a strong background in a relevant STEM discipline.",
    ),
    /** What candidates must have, shown under "You should also have". */
    essentialRequirements: textList(
      "A good undergraduate degree in a relevant STEM discipline.",
      1,
    ),
    /** What would help but is not required. */
    desirableRequirements: textList("Experience with PyTorch.").default([]),
    /** Research directions open to the student. */
    topics: textList("Agentic workflows for medical image analysis", 1),
    /** Ids of the programmes (in src/content/programs/) applicants can apply through. */
    programs: referenceList(reference, "programs", "dphil-engineering-science"),
    /** Ids of the scholarships (in src/content/scholarships/) that can fund the position. */
    scholarships: referenceList(reference, "scholarships", "oxford-automatic-scholarships"),
    /** How the position is held; FULL_TIME unless it says otherwise. */
    employmentType: z
      .enum(EMPLOYMENT_TYPES)
      .default("FULL_TIME")
      .meta({ examples: ["FULL_TIME"] }),
    /** The degree an applicant needs, shown in the key facts and given to job search. */
    educationRequirements: text("A first or upper second-class undergraduate degree").optional(),
    /** Who may apply, such as visa or residency conditions. */
    eligibility: text("Open to applicants of any nationality").optional(),
    /** true when applicants apply on this site rather than through a programme. */
    directApply: z
      .boolean()
      .optional()
      .meta({ examples: [false] }),
    /** Markdown advice shown above the scholarships. */
    fundingAdvice: markdown(
      "Check the [fees and funding page](https://www.ox.ac.uk/admissions/graduate/fees-and-funding) early.",
    ).optional(),
    /** true keeps the vacancy out of production builds. */
    draft,
  });

export type Vacancy = z.output<ReturnType<typeof createVacancySchema>>;
