import { z } from "astro/zod";
import { DeadlineSchema } from "./fields";
import { addDays } from "../lib/deadlines/resolve";
import type { CollectionFacts } from "./fields";
import { draft, line, markdown, webUrl } from "./fields";

/** PhD programmes applicants apply through: YAML files. */
export const PROGRAMS = {
  name: "programs",
  noun: "programme",
  folder: "src/content/programs",
  extensions: [".yaml"],
  reservedIds: [],
  assets: [],
  bodyExample: undefined,
  starter: (name: string, today: string) => ({
    name,
    deadlines: [
      {
        label: "for applicants seeking funding",
        localDateTime: `${addDays(today, 60)}T12:00`,
        timeZone: "Europe/London",
      },
    ],
    draft: true,
  }),
} as const satisfies CollectionFacts;

/** The kinds of programme an applicant can apply through. */
export const PROGRAM_KINDS = ["DPhil", "CDT", "other"] as const;

/** A PhD programme (a YAML file in `src/content/programs/`). */
export const ProgramSchema = z.strictObject({
  name: line("The programme's name as applicants know it.", "DPhil in Biomedical Engineering"),
  url: webUrl("The programme's own page.", "https://www.example.org/dphil-biomedical-engineering"),
  applyUrl: webUrl(
    "The programme's application form or its page on how to apply; links to apply go here rather than to url.",
    "https://www.example.org/apply/dphil-biomedical-engineering",
  ).optional(),
  kind: z.enum(PROGRAM_KINDS).meta({
    description:
      "DPhil for a university's own doctorate, CDT for a Centre for Doctoral Training, other for anything else.",
    examples: ["DPhil"],
  }),
  provider: line("Who runs it.", "Example University"),
  description: markdown(
    "One or two sentences of Markdown. Links must be full https://, http:// or mailto: addresses; no HTML.",
    "A three-year doctorate with research in the Institute of Biomedical Engineering.",
  ),
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
      description: "Application deadlines, each a local time in its own time zone.",
      examples: [
        [
          {
            label: "for applicants seeking funding",
            localDateTime: "2026-01-09T12:00",
            timeZone: "Europe/London",
          },
        ],
      ],
    }),
  draft,
});

export type Program = z.output<typeof ProgramSchema>;
