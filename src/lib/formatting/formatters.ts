// Building an Intl.DateTimeFormat costs far more than using one: each distinct set of options is
// built once and reused, at build time and in the visitor's browser alike.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An en-GB date formatter for `options`, made once and shared. */
export function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", options);
    formatters.set(key, formatter);
  }
  return formatter;
}
