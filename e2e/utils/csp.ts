import type { BrowserContext, Page } from "@playwright/test";

/**
 * The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined. It is read
 * from the raw HTML, before any browser sees it; the tests compare it with the attribute as the
 * browser parsed it, so an HTML entity in it could not go unnoticed.
 */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * Serves every HTML page with its own meta policy also sent as a `Content-Security-Policy`
 * header, as a host that copies the policy into its headers would. A header governs the whole
 * document, so an inline script placed before the meta tag, which the meta alone would let run, is
 * held to the policy too. A page without a meta policy is served with no header, and so shows up as
 * a failure of the caller's own checks.
 */
export async function sendMetaPolicyAsHeader(context: BrowserContext): Promise<void> {
  await context.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const body = await response.text();
    const policy = metaPolicy(body);
    const headers = { ...response.headers() };
    if (policy) headers["content-security-policy"] = policy;
    await route.fulfill({ response, body, headers });
  });
}

/** One `securitypolicyviolation` event, as the page reported it. */
export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects every `securitypolicyviolation` the page fires, from the first byte of each document.
 * The listener is added by Playwright, outside the page's policy, so the policy cannot silence it.
 */
export async function collectViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeBinding(
    "reportCspViolation",
    ({ frame }, violation: Omit<Violation, "page">) => {
      violations.push({ page: new URL(frame.url()).pathname, ...violation });
    },
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (v: object) => void }).reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return violations;
}
