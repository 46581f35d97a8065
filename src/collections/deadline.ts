import { z } from "astro/zod";
import { resolveDeadline } from "../lib/deadlines/resolve";
import { line } from "./fields";

/**
 * A deadline: a wall-clock time in an IANA zone. The schema resolves it to one exact instant,
 * rejecting zones that do not exist, times skipped by a daylight-saving change and times that
 * happen twice unless `offset` picks one.
 */
export const DeadlineSchema = z
  .strictObject({
    label: line(
      "What closes at this time, shown after the date.",
      "for applicants seeking funding",
    ).optional(),
    localDateTime: z.string().meta({
      description: "The local date and time, written YYYY-MM-DDTHH:mm.",
      examples: ["2026-01-09T12:00"],
    }),
    timeZone: z.string().meta({
      description:
        "The IANA time zone the local time is read in, such as Europe/London, America/New_York or Asia/Tokyo.",
      examples: ["Europe/London"],
    }),
    offset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/, { error: 'must be an offset such as "+01:00"' })
      .optional()
      .meta({
        description:
          "The UTC offset, only to choose between the two readings of a time that happens twice when the clocks go back.",
        examples: ["+01:00"],
      }),
  })
  .transform((deadline, ctx) => {
    const resolved = resolveDeadline(deadline);
    if ("problem" in resolved) {
      ctx.addIssue({
        code: "custom",
        message: resolved.problem.message,
        path: [resolved.problem.field],
        input: deadline[resolved.problem.field],
        ...(resolved.problem.fix ? { params: { example: resolved.problem.fix } } : {}),
      });
      return z.NEVER;
    }
    return { ...deadline, instant: resolved.instant };
  });

export type Deadline = z.output<typeof DeadlineSchema>;
