/** A stipend as an entry states it. */
export interface Stipend {
  amount: number;
  /** An ISO 4217 code, such as `GBP`. */
  currency: string;
  per: "year" | "month";
}

// The codes this Node knows how to format; ISO 4217 codes are three capital letters.
let currencies: ReadonlySet<string> | undefined;

/** True for an ISO 4217 currency code that `Intl` can format, such as `GBP`. */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/**
 * "£20,780 a year", "€1,650.50 a month": the amount in its currency's own symbol and decimals,
 * with the site's locale (en-GB) fixed so the build machine's locale never shows through.
 */
export function formatStipend({ amount, currency, per }: Stipend): string {
  const money = new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    trailingZeroDisplay: "stripIfInteger",
  }).format(amount);
  return `${money} a ${per}`;
}
