import { z } from "astro/zod";
import { DeadlineSchema } from "./deadline";
import { draft, markdown, text, webUrl } from "./fields";

/** The kinds of programme an applicant can apply through. */
export const PROGRAM_KINDS = ["DPhil", "CDT", "other"] as const;

/** A PhD programme (a YAML file in `src/content/programs/`). */
export const ProgramSchema = z.strictObject({
  /** Name as applicants know it. */
  name: text("DPhil in Engineering Science Program"),
  /** The programme's own page. */
  url: webUrl("https://www.ox.ac.uk/admissions/graduate/courses/dphil-engineering-science"),
  /** DPhil (a university's own doctorate), CDT (a Centre for Doctoral Training) or other. */
  kind: z.enum(PROGRAM_KINDS).meta({ examples: ["DPhil"] }),
  /** Who runs it. */
  provider: text("University of Oxford"),
  /** One or two sentences of Markdown. */
  description: markdown("The University of Oxford's doctorate in engineering science."),
  /** Application deadlines, each in its own time zone. */
  deadlines: z
    .array(DeadlineSchema)
    .superRefine((deadlines, ctx) => {
      const seen = new Set<string>();
      deadlines.forEach((deadline, index) => {
        if (seen.has(deadline.localDateTime)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "localDateTime"],
            message: `repeats another deadline's time (${deadline.localDateTime}); each deadline of a programme needs its own`,
          });
        }
        seen.add(deadline.localDateTime);
      });
    })
    .default([])
    .meta({
      examples: [
        [
          {
            label: "for most Oxford scholarships",
            localDateTime: "2025-12-02T12:00",
            timeZone: "Europe/London",
          },
        ],
      ],
    }),
  /** true keeps the programme out of production builds. */
  draft,
});

export type Program = z.output<typeof ProgramSchema>;
