/** Site-wide settings. */

/** A deadline is "closing soon" when it is at most this many days away. */
export const CLOSING_SOON_DAYS = 14;
