import { createHash } from "node:crypto";

/** A Content-Security-Policy hash source, as Astro's `csp.insertScriptHash` accepts it. */
export type CspSha256 = `sha256-${string}`;

/**
 * The CSP hash of an inline script's exact text: a browser runs the script only when this hash of
 * its text is in the policy, so it is computed from the same string that the page embeds.
 */
export function inlineScriptHash(source: string): CspSha256 {
  return `sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`;
}
