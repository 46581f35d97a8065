/**
 * The id of a deadline, stable across builds: its owner's id and its local date and time, which
 * the schema keeps unique within an owner. `dphil-engineering-science-2025-12-02t1200`.
 */
export function deadlineId(ownerId: string, localDateTime: string): string {
  return `${ownerId}-${localDateTime.toLowerCase().replace(/[^0-9a-z]/g, "")}`;
}

/**
 * The deadline that closes a vacancy: its own when it has one, else the latest deadline of the
 * programmes it refers to. None means the vacancy is open until filled.
 */
export function closingDeadline<Deadline extends { instant: string }>(
  own: Deadline | undefined,
  programDeadlines: readonly Deadline[],
): Deadline | undefined {
  if (own) return own;
  return programDeadlines.reduce<Deadline | undefined>(
    (latest, deadline) =>
      !latest || Date.parse(deadline.instant) > Date.parse(latest.instant) ? deadline : latest,
    undefined,
  );
}
