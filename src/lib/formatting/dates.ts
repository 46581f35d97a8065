const longDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const monthYear = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "long",
  year: "numeric",
});

/**
 * A calendar date (`2025-09-15`) as "15 September 2025". A calendar date has no zone, so it is
 * formatted in UTC, where it was parsed: the build machine's zone never shifts the day.
 */
export function formatCalendarDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A month or a whole date, as written in an entry: "June 2024" for `2024-06`, "3 June 2024" for
 * `2024-06-03`. Used for when a source was cited and when a studentship starts.
 */
export function formatMonthOrDate(monthOrDate: string): string {
  return monthOrDate.length === 7
    ? monthYear.format(new Date(`${monthOrDate}-01T00:00:00Z`))
    : formatCalendarDate(monthOrDate);
}
