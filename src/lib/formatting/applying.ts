/** Where a programme's applicants apply: its application page when it names one, else its page. */
export function applicationUrl(program: { url: string; applyUrl?: string | undefined }): string {
  return program.applyUrl ?? program.url;
}

/** A programme and its deadlines, as a vacancy lists it. */
export interface ProgramDeadlines<Program, Deadline extends { instant: string }> {
  program: Program;
  deadlines: readonly Deadline[];
}

/**
 * The programme to apply through first, with its deadline: of the deadlines still ahead at `now`,
 * the soonest; on a tie, the programme the vacancy lists first. None once the vacancy itself
 * has closed (`closes`), or when no programme has a deadline ahead.
 */
export function nextOpenApplication<Program, Deadline extends { instant: string }>(
  programs: readonly ProgramDeadlines<Program, Deadline>[],
  now: Date,
  closes?: string,
): { program: Program; deadline: Deadline } | undefined {
  const nowMs = now.getTime();
  if (closes !== undefined && Date.parse(closes) <= nowMs) return undefined;
  let next: { program: Program; deadline: Deadline; at: number } | undefined;
  for (const { program, deadlines } of programs) {
    for (const deadline of deadlines) {
      const at = Date.parse(deadline.instant);
      if (at > nowMs && (!next || at < next.at)) next = { program, deadline, at };
    }
  }
  return next && { program: next.program, deadline: next.deadline };
}
