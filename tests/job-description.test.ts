import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { jobDescriptionHtml, type AdvertFacts } from "../src/lib/publishing/job-description";

const ADVERT: AdvertFacts = {
  summary: "We are seeking highly self-motivated students.",
  notice: "Interviews take place in February.",
  expectations: "Candidates should have a strong background in a STEM discipline.",
  essentialRequirements: ["A passion for healthcare.", "Good writing."],
  desirableRequirements: ["Experience with PyTorch."],
  topics: ["Multi-modal learning", "Agentic workflows"],
  educationRequirements: "A good undergraduate degree",
  eligibility: "Open to applicants of any nationality",
  closes: "12:00 midday UK time on Tuesday 2 December 2025 for most Oxford scholarships",
  programmes: [
    {
      name: "DPhil in Engineering Science",
      url: "https://www.ox.ac.uk/dphil",
      deadlines: ["12:00 midday UK time on Tuesday 2 December 2025 for most scholarships"],
      descriptionHtml: "<p>The University's doctorate in <em>engineering</em>.</p>",
    },
  ],
  fundingAdviceHtml:
    '<p>Check the <a href="https://www.ox.ac.uk/funding">funding page</a> early.</p>',
  scholarships: [
    {
      name: "Clarendon Fund",
      url: "https://www.ox.ac.uk/clarendon",
      descriptionHtml: "<p>Fees and a living stipend.</p>",
    },
  ],
  contactEmail: "group@example.org",
};

const parse = (html: string) => fromHtml(html, { fragment: true });
/** The description's text, one line per paragraph, heading or list item, as a reader sees it. */
const blocks = (html: string) =>
  selectAll("p, h2, li:not(:has(p))", parse(html)).map((element) =>
    toText(element).replace(/\s+/g, " ").trim(),
  );

describe("jobDescriptionHtml", () => {
  it("holds the whole advert, in the page's order and words", () => {
    expect(blocks(jobDescriptionHtml(ADVERT))).toEqual([
      "We are seeking highly self-motivated students.",
      "Interviews take place in February.",
      "Candidates should have a strong background in a STEM discipline.",
      "You should also have:",
      "A passion for healthcare.",
      "Good writing.",
      "It would also be an advantage to have:",
      "Experience with PyTorch.",
      "Potential PhD topics include but are not limited to the following:",
      "Multi-modal learning",
      "Agentic workflows",
      "Education: A good undergraduate degree",
      "Eligibility: Open to applicants of any nationality",
      "Closing date: 12:00 midday UK time on Tuesday 2 December 2025 for most Oxford scholarships.",
      "Related PhD Programs",
      "DPhil in Engineering Science",
      "Deadline 12:00 midday UK time on Tuesday 2 December 2025 for most scholarships",
      "The University's doctorate in engineering.",
      "Scholarships",
      "Check the funding page early.",
      "Clarendon Fund",
      "Fees and a living stipend.",
      "Contact: group@example.org",
    ]);
  });

  it("keeps the links and the emphasis of the rendered Markdown", () => {
    const html = jobDescriptionHtml(ADVERT);
    const links = selectAll("a", parse(html)).map((link) => link.properties["href"]);
    expect(links).toEqual([
      "https://www.ox.ac.uk/dphil",
      "https://www.ox.ac.uk/funding",
      "https://www.ox.ac.uk/clarendon",
      "mailto:group@example.org",
    ]);
    expect(html).toContain("<em>engineering</em>");
  });

  it("leaves out what the entry does not give, and says when it is open until filled", () => {
    const html = jobDescriptionHtml({
      ...ADVERT,
      notice: undefined,
      desirableRequirements: [],
      educationRequirements: undefined,
      eligibility: undefined,
      closes: undefined,
      programmes: [],
      fundingAdviceHtml: undefined,
      scholarships: [],
      contactEmail: undefined,
    });
    const text = blocks(html);
    expect(text).toContain("Open until filled.");
    for (const gone of ["It would also", "Education", "Eligibility", "Related PhD", "Scholar"]) {
      expect(text.filter((block) => block.startsWith(gone))).toEqual([]);
    }
    expect(html).not.toContain("<em>");
  });

  it("writes text from the entry as text, never as markup", () => {
    const hostile = '<script>alert("x")</script> & <b>bold</b>';
    const html = jobDescriptionHtml({ ...ADVERT, summary: hostile, topics: [hostile] });
    const tree = parse(html);
    expect(selectAll("script, b", tree)).toEqual([]);
    expect(blocks(html)).toContain(hostile);
  });

  it("sanitizes rendered Markdown as the page does", () => {
    const html = jobDescriptionHtml({
      ...ADVERT,
      programmes: [
        {
          ...ADVERT.programmes[0]!,
          descriptionHtml:
            '<p onclick="steal()">Read <a href="javascript:steal()">this</a>.</p><script>steal()</script><iframe src="https://example.org/"></iframe>',
        },
      ],
    });
    expect(html).not.toMatch(/onclick|javascript:|<script|<iframe/);
    expect(blocks(html)).toContain("Read this.");
  });
});
