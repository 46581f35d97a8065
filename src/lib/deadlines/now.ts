const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a build treats as "now": `SITE_NOW` when it is set (an ISO 8601 instant with `Z`
 * or an offset, so it never depends on the build machine's zone), else the real time.
 */
export function siteNow(value: string | undefined, clock: () => Date = () => new Date()): Date {
  if (value === undefined || value === "") return clock();
  const instant = ISO_INSTANT.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(
      `SITE_NOW=${JSON.stringify(value)} is not an instant; write it as 2025-11-25T10:00:00Z (UTC) or with an offset, 2025-11-25T10:00:00+01:00.`,
    );
  }
  return instant;
}
