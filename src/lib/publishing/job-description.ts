import type { ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { SANITIZE } from "../markdown/processor";

/** A link with its text: a programme or a scholarship. */
export interface AdvertLink {
  name: string;
  url: string;
  /** Its description, Markdown already rendered to HTML. */
  descriptionHtml: string;
}

/** Everything a vacancy's page says about the position, in words, as the page says it. */
export interface AdvertFacts {
  summary: string;
  notice?: string | undefined;
  expectations: string;
  essentialRequirements: readonly string[];
  desirableRequirements: readonly string[];
  topics: readonly string[];
  educationRequirements?: string | undefined;
  eligibility?: string | undefined;
  /** "12:00 midday UK time on Tuesday 2 December 2025 for most Oxford scholarships"; none when open until filled. */
  closes?: string | undefined;
  /** The programmes applicants apply through, each with its deadlines in words. */
  programmes: readonly (AdvertLink & { deadlines: readonly string[] })[];
  /** Advice on funding, Markdown already rendered to HTML. */
  fundingAdviceHtml?: string | undefined;
  scholarships: readonly AdvertLink[];
  contactEmail?: string | undefined;
}

const html = (rendered: string): ElementContent[] =>
  fromHtml(rendered, { fragment: true }).children as ElementContent[];

const list = (items: readonly string[]) =>
  h(
    "ul",
    items.map((item) => h("li", item)),
  );

const labelled = (label: string, value: string | undefined) =>
  value ? [h("p", [h("strong", `${label}:`), ` ${value}`])] : [];

/**
 * The whole advert as HTML, for the JobPosting's `description`: Google asks for the full
 * description, HTML allowed, and shows it in job search. It is composed from the entry's fields
 * in the page's words (the body of an MDX vacancy is code, and cannot be rendered outside a page).
 * Plain text is escaped when the tree is written out; the rendered Markdown is parsed into the
 * tree, and the whole tree passes the sanitizer that Markdown from entries passes.
 */
export function jobDescriptionHtml(advert: AdvertFacts): string {
  const tree = h(null, [
    h("p", advert.summary),
    ...(advert.notice ? [h("p", h("em", advert.notice))] : []),
    h("p", advert.expectations),
    h("p", "You should also have:"),
    list(advert.essentialRequirements),
    ...(advert.desirableRequirements.length
      ? [h("p", "It would also be an advantage to have:"), list(advert.desirableRequirements)]
      : []),
    h("p", "Potential PhD topics include but are not limited to the following:"),
    list(advert.topics),
    ...labelled("Education", advert.educationRequirements),
    ...labelled("Eligibility", advert.eligibility),
    h("p", advert.closes ? `Closing date: ${advert.closes}.` : "Open until filled."),
    ...(advert.programmes.length
      ? [
          h("h2", "Related PhD Programs"),
          h(
            "ul",
            advert.programmes.map((programme) =>
              h("li", [
                h("p", h("a", { href: programme.url }, programme.name)),
                ...programme.deadlines.map((deadline) => h("p", `Deadline ${deadline}`)),
                ...html(programme.descriptionHtml),
              ]),
            ),
          ),
        ]
      : []),
    ...(advert.scholarships.length || advert.fundingAdviceHtml
      ? [
          h("h2", "Scholarships"),
          ...html(advert.fundingAdviceHtml ?? ""),
          ...(advert.scholarships.length
            ? [
                h(
                  "ul",
                  advert.scholarships.map((scholarship) =>
                    h("li", [
                      h("p", h("a", { href: scholarship.url }, scholarship.name)),
                      ...html(scholarship.descriptionHtml),
                    ]),
                  ),
                ),
              ]
            : []),
        ]
      : []),
    ...(advert.contactEmail
      ? [
          h("p", [
            "Contact: ",
            h("a", { href: `mailto:${advert.contactEmail}` }, advert.contactEmail),
          ]),
        ]
      : []),
  ]);
  return toHtml(sanitize(tree, SANITIZE));
}
