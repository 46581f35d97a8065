import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { jobDescriptionHtml } from "../src/lib/publishing/job-description";
import { lastmodOfBuiltPage } from "../src/lib/publishing/sitemap-lastmod";
import {
  isoWithOffset,
  jobPostingJsonLd,
  jsonLdScript,
  personJsonLd,
  programJsonLd,
  type JobFacts,
} from "../src/lib/publishing/structured-data";

const PROFILE = {
  name: "Medical Image Analysis Group",
  role: "PhD recruitment",
  affiliation: "Department of Engineering Science, University of Oxford",
  affiliationUrl: "https://eng.ox.ac.uk/",
  location: "Oxford, United Kingdom",
  email: "group@example.org",
  links: [{ url: "https://orcid.org/0000-0002-1825-0097" }, { url: "https://github.com/example" }],
};

const JOB: JobFacts = {
  id: "phd-medical-image-analysis",
  title: "PhD studentships in medical image analysis",
  description: jobDescriptionHtml({
    summary: "We are seeking highly self-motivated students.",
    expectations: "Candidates should have a strong background in a STEM discipline.",
    essentialRequirements: ["A passion for solving real-world healthcare challenges."],
    desirableRequirements: [],
    topics: ["Multi-modal machine learning for medical imaging"],
    closes: "12:00 midday UK time on Wednesday 1 July 2026",
    programmes: [
      {
        name: "DPhil in Engineering Science",
        url: "https://www.ox.ac.uk/dphil",
        deadlines: ["12:00 midday UK time on Tuesday 2 December 2025"],
        descriptionHtml: "<p>The University of Oxford's doctorate.</p>",
      },
    ],
    scholarships: [],
  }),
  datePosted: "2025-09-15",
  employmentType: "FULL_TIME",
  location: { name: "Department of Engineering Science", locality: "Oxford", country: "GB" },
  educationRequirements: "A good undergraduate degree",
  closes: { instant: "2026-07-01T11:00:00Z", timeZone: "Europe/London" },
  closed: false,
};
const CONTEXT = { url: "https://group.example.org/lab/vacancies/x/", hiringOrganization: PROFILE };
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * Google Search Central, "Job posting (JobPosting) structured data": the properties a JobPosting
 * must have to appear in job search, and those it recommends.
 */
const GOOGLE_REQUIRED = [
  "datePosted",
  "description",
  "hiringOrganization",
  "jobLocation",
  "title",
] as const;
const GOOGLE_RECOMMENDED = [
  "applicantLocationRequirements",
  "baseSalary",
  "directApply",
  "employmentType",
  "identifier",
  "jobLocationType",
  "validThrough",
] as const;
/** Recommended only for jobs done wholly remotely (jobLocationType TELECOMMUTE); a PhD is not. */
const REMOTE_ONLY: readonly string[] = ["applicantLocationRequirements", "jobLocationType"];
/** Recommended where the entry states the pay, which not every vacancy does. */
const WHEN_GIVEN: readonly string[] = ["baseSalary"];

describe("isoWithOffset", () => {
  it("writes the instant in its own zone with the offset", () => {
    expect(isoWithOffset("2025-12-02T12:00:00Z", "Europe/London")).toBe(
      "2025-12-02T12:00:00+00:00",
    );
    expect(isoWithOffset("2026-07-01T11:00:00Z", "Europe/London")).toBe(
      "2026-07-01T12:00:00+01:00",
    );
    expect(isoWithOffset("2026-01-15T22:00:00Z", "America/New_York")).toBe(
      "2026-01-15T17:00:00-05:00",
    );
  });
});

describe("jobPostingJsonLd", () => {
  it("has every property Google requires, and those it recommends for a job held on site", () => {
    const posting = jobPostingJsonLd(JOB, CONTEXT) as Record<string, unknown> | undefined;
    const present = (property: string) => {
      const value = posting?.[property];
      return value !== undefined && value !== null && value !== "";
    };
    expect(GOOGLE_REQUIRED.filter((property) => !present(property))).toEqual([]);
    const recommended = GOOGLE_RECOMMENDED.filter(
      (property) => !REMOTE_ONLY.includes(property) && !WHEN_GIVEN.includes(property),
    );
    expect(recommended.filter((property) => !present(property))).toEqual([]);
    expect(REMOTE_ONLY.filter(present)).toEqual([]);
  });

  it("describes the whole advert in HTML, not only its summary", () => {
    const { description } = jobPostingJsonLd(JOB, CONTEXT) as { description: string };
    expect(description).toBe(JOB.description);
    expect(description).toMatch(/^<p>We are seeking highly self-motivated students\.<\/p>/);
    expect(description).toContain(
      "<li>A passion for solving real-world healthcare challenges.</li>",
    );
    expect(description).toContain('<a href="https://www.ox.ac.uk/dphil">');
  });

  it("returns a JobPosting with every property job search requires", () => {
    const posting = jobPostingJsonLd(JOB, CONTEXT)!;
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: JOB.title,
      description: JOB.description,
      datePosted: "2025-09-15",
      validThrough: "2026-07-01T12:00:00+01:00",
      employmentType: "FULL_TIME",
      directApply: false,
      identifier: {
        "@type": "PropertyValue",
        name: PROFILE.name,
        value: "phd-medical-image-analysis",
      },
      hiringOrganization: {
        "@type": "Organization",
        name: PROFILE.affiliation,
        sameAs: "https://eng.ox.ac.uk/",
      },
      jobLocation: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressLocality: "Oxford", addressCountry: "GB" },
      },
      educationRequirements: {
        "@type": "EducationalOccupationalCredential",
        description: "A good undergraduate degree",
      },
    });
    expect((posting as { validThrough: string }).validThrough).toMatch(ISO_WITH_OFFSET);
  });

  it("says applicants apply elsewhere unless the entry says they apply to the group", () => {
    expect(jobPostingJsonLd(JOB, CONTEXT)).toMatchObject({ directApply: false });
    expect(jobPostingJsonLd({ ...JOB, directApply: true }, CONTEXT)).toMatchObject({
      directApply: true,
    });
  });

  it("includes education and eligibility only where the entry gives them", () => {
    const without = jobPostingJsonLd({ ...JOB, educationRequirements: undefined }, CONTEXT)!;
    expect(without).not.toHaveProperty("educationRequirements");
    expect(without).not.toHaveProperty("eligibilityToWorkRequirement");
    expect(
      jobPostingJsonLd({ ...JOB, eligibility: "Open to all nationalities" }, CONTEXT),
    ).toMatchObject({ eligibilityToWorkRequirement: "Open to all nationalities" });
  });

  it("leaves out validThrough for a vacancy open until filled", () => {
    expect(jobPostingJsonLd({ ...JOB, closes: undefined }, CONTEXT)).not.toHaveProperty(
      "validThrough",
    );
  });

  it("returns nothing for a closed vacancy", () => {
    expect(jobPostingJsonLd({ ...JOB, closed: true }, CONTEXT)).toBeUndefined();
  });
});

describe("personJsonLd", () => {
  it("returns the profile as a Person with its links as sameAs", () => {
    expect(
      personJsonLd(PROFILE, {
        url: "https://group.example.org/",
        image: "https://group.example.org/a.webp",
      }),
    ).toMatchObject({
      "@type": "Person",
      name: PROFILE.name,
      jobTitle: PROFILE.role,
      affiliation: { "@type": "Organization", name: PROFILE.affiliation },
      worksFor: { "@type": "Organization", name: PROFILE.affiliation },
      address: { "@type": "PostalAddress", addressLocality: "Oxford" },
      sameAs: ["https://orcid.org/0000-0002-1825-0097", "https://github.com/example"],
    });
  });
});

describe("programJsonLd", () => {
  const program = {
    name: "DPhil in Engineering Science",
    url: "https://www.ox.ac.uk/dphil",
    provider: "University of Oxford",
    deadlines: [
      { instant: "2026-01-09T12:00:00Z", timeZone: "Europe/London" },
      { instant: "2025-12-02T12:00:00Z", timeZone: "Europe/London" },
    ],
  };

  it("gives the next deadline as applicationDeadline, with its offset", () => {
    expect(programJsonLd(program, new Date("2025-11-01T00:00:00Z"))).toMatchObject({
      "@type": "EducationalOccupationalProgram",
      name: program.name,
      provider: { "@type": "Organization", name: "University of Oxford" },
      applicationDeadline: "2025-12-02T12:00:00+00:00",
    });
    expect(programJsonLd(program, new Date("2025-12-10T00:00:00Z"))).toMatchObject({
      applicationDeadline: "2026-01-09T12:00:00+00:00",
    });
  });

  it("returns nothing for a programme without deadlines", () => {
    expect(programJsonLd({ ...program, deadlines: [] }, new Date())).toBeUndefined();
  });
});

describe("jsonLdScript", () => {
  it("cannot close its script element", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(jsonLdScript({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});

describe("lastmodOfBuiltPage", () => {
  it("reads the og:updated_time a built page declares, under any base", async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), "dist-"));
    await mkdir(path.join(outDir, "vacancies/phd-x"), { recursive: true });
    await writeFile(
      path.join(outDir, "vacancies/phd-x/index.html"),
      '<head><meta property="og:updated_time" content="2025-09-15"></head>',
    );
    await writeFile(path.join(outDir, "index.html"), "<head></head>");
    const dir = pathToFileURL(`${outDir}/`);
    const site = "https://group.example.org";
    expect(await lastmodOfBuiltPage(`${site}/lab/vacancies/phd-x/`, dir, "/lab")).toBe(
      "2025-09-15",
    );
    expect(await lastmodOfBuiltPage(`${site}/vacancies/phd-x/`, dir, "/")).toBe("2025-09-15");
    expect(await lastmodOfBuiltPage(`${site}/`, dir, "/")).toBeUndefined();
    expect(await lastmodOfBuiltPage(`${site}/missing/`, dir, "/")).toBeUndefined();
    await rm(outDir, { recursive: true });
  });
});

describe("jobPostingJsonLd with a start date and a stipend", () => {
  it("gives the start date as jobStartDate, as the entry writes it", () => {
    expect(jobPostingJsonLd({ ...JOB, startDate: "2026-10" }, CONTEXT)).toMatchObject({
      jobStartDate: "2026-10",
    });
    expect(jobPostingJsonLd({ ...JOB, startDate: "2026-10-01" }, CONTEXT)).toMatchObject({
      jobStartDate: "2026-10-01",
    });
  });

  it("gives a yearly or monthly stipend as a MonetaryAmount baseSalary", () => {
    expect(
      jobPostingJsonLd(
        { ...JOB, stipend: { amount: 20780, currency: "GBP", per: "year" } },
        CONTEXT,
      ),
    ).toMatchObject({
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "GBP",
        value: { "@type": "QuantitativeValue", value: 20780, unitText: "YEAR" },
      },
    });
    expect(
      jobPostingJsonLd(
        { ...JOB, stipend: { amount: 1650.5, currency: "EUR", per: "month" } },
        CONTEXT,
      ),
    ).toMatchObject({
      baseSalary: { currency: "EUR", value: { value: 1650.5, unitText: "MONTH" } },
    });
  });

  it("leaves both out when the entry gives neither", () => {
    const posting = jobPostingJsonLd(JOB, CONTEXT);
    expect(posting).not.toHaveProperty("jobStartDate");
    expect(posting).not.toHaveProperty("baseSalary");
  });
});
