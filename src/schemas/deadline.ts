import { z } from "astro/zod";
import { resolveDeadline } from "../lib/deadlines";
import { text } from "./fields";

/**
 * A deadline: a wall-clock time in an IANA zone. The schema resolves it to one exact instant,
 * rejecting zones that do not exist, times skipped by a daylight-saving change and times that
 * happen twice unless `offset` picks one.
 */
export const DeadlineSchema = z
  .strictObject({
    /** Optional: what closes, "for most Oxford scholarships". */
    label: text("for most Oxford scholarships").optional(),
    /** Local date and time, quoted: "2025-12-02T12:00". */
    localDateTime: z.string().meta({ examples: ["2025-12-02T12:00"] }),
    /** IANA time zone the local time is read in. */
    timeZone: z.string().meta({ examples: ["Europe/London"] }),
    /** UTC offset, only to choose between the two readings of a time repeated when clocks go back. */
    offset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/, { error: 'must be an offset such as "+01:00"' })
      .optional()
      .meta({ examples: ["+01:00"] }),
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
