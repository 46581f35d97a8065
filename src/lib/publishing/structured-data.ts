import type { EducationalOccupationalProgram, JobPosting, Person, WithContext } from "schema-dts";
import { localDateTimeAt, utcOffsetMinutes } from "../deadlines/resolve";
import { formatOffset } from "../deadlines/zone-rules";

/** An instant written in its own zone with the offset: `2025-12-02T12:00:00+00:00`. */
export function isoWithOffset(instant: string, timeZone: string): string {
  const local = localDateTimeAt(instant, timeZone).toString({ smallestUnit: "second" });
  return `${local}${formatOffset(utcOffsetMinutes(instant, timeZone))}`;
}

export interface ProfileFacts {
  name: string;
  role: string;
  affiliation: string;
  affiliationUrl?: string | undefined;
  location: string;
  email?: string | undefined;
  links: readonly { url: string }[];
}

/** The profile as a schema.org Person, with its academic links as `sameAs`. */
export function personJsonLd(
  profile: ProfileFacts,
  { url, image }: { url: string; image: string },
): WithContext<Person> {
  const [locality] = profile.location.split(",");
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: profile.name,
    jobTitle: profile.role,
    url,
    image,
    ...(profile.email ? { email: `mailto:${profile.email}` } : {}),
    affiliation: organisation(profile),
    worksFor: organisation(profile),
    address: { "@type": "PostalAddress", addressLocality: locality?.trim() ?? profile.location },
    sameAs: profile.links.map((link) => link.url),
  };
}

function organisation(profile: Pick<ProfileFacts, "affiliation" | "affiliationUrl">) {
  return {
    "@type": "Organization" as const,
    name: profile.affiliation,
    ...(profile.affiliationUrl ? { sameAs: profile.affiliationUrl } : {}),
  };
}

export interface JobFacts {
  id: string;
  title: string;
  /** The whole advert as HTML (`jobDescriptionHtml`). */
  description: string;
  datePosted: string;
  employmentType: string;
  location: { name: string; locality: string; country: string };
  educationRequirements?: string | undefined;
  eligibility?: string | undefined;
  directApply?: boolean | undefined;
  /** The closing deadline; none when the vacancy is open until filled. */
  closes?: { instant: string; timeZone: string } | undefined;
  /** True once the closing deadline has passed. */
  closed: boolean;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  startDate?: string | undefined;
  stipend?: { amount: number; currency: string; per: "year" | "month" } | undefined;
}

/**
 * The JobPosting for an open vacancy's own page, or none for a closed one: job search must not
 * list a position that can no longer be applied for. Every value is also shown on the page. It
 * carries the properties Google's job search requires and those it recommends for a position
 * held on site (tests/structured-data.test.ts lists them).
 */
export function jobPostingJsonLd(
  job: JobFacts,
  { url, hiringOrganization }: { url: string; hiringOrganization: ProfileFacts },
): WithContext<JobPosting> | undefined {
  if (job.closed) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: job.description,
    datePosted: job.datePosted,
    ...(job.closes ? { validThrough: isoWithOffset(job.closes.instant, job.closes.timeZone) } : {}),
    employmentType: job.employmentType,
    identifier: { "@type": "PropertyValue", name: hiringOrganization.name, value: job.id },
    url,
    hiringOrganization: organisation(hiringOrganization),
    jobLocation: {
      "@type": "Place",
      name: job.location.name,
      address: {
        "@type": "PostalAddress",
        addressLocality: job.location.locality,
        addressCountry: job.location.country,
      },
    },
    // The site has no application form: applicants apply on a programme's site or write to the
    // group, which is not a direct application unless the entry says so.
    directApply: job.directApply ?? false,
    ...(job.educationRequirements
      ? {
          educationRequirements: {
            "@type": "EducationalOccupationalCredential",
            description: job.educationRequirements,
          },
        }
      : {}),
    ...(job.eligibility ? { eligibilityToWorkRequirement: job.eligibility } : {}),
    ...(job.startDate ? { jobStartDate: job.startDate } : {}),
    ...(job.stipend ? { baseSalary: monetaryAmount(job.stipend) } : {}),
  };
}

/** A stipend as schema.org's MonetaryAmount: so much per year or per month. */
function monetaryAmount({ amount, currency, per }: NonNullable<JobFacts["stipend"]>) {
  return {
    "@type": "MonetaryAmount" as const,
    currency,
    value: {
      "@type": "QuantitativeValue" as const,
      value: amount,
      unitText: per === "year" ? "YEAR" : "MONTH",
    },
  };
}

export interface ProgramFacts {
  name: string;
  url: string;
  provider: string;
  deadlines: readonly { instant: string; timeZone: string }[];
}

/**
 * A programme with deadlines as an EducationalOccupationalProgram whose applicationDeadline is the
 * next deadline after `now` (the last one once all have passed); none without deadlines.
 */
export function programJsonLd(
  program: ProgramFacts,
  now: Date,
): WithContext<EducationalOccupationalProgram> | undefined {
  const sorted = [...program.deadlines].sort(
    (a, b) => Date.parse(a.instant) - Date.parse(b.instant),
  );
  const next =
    sorted.find((deadline) => Date.parse(deadline.instant) > now.getTime()) ?? sorted.at(-1);
  if (!next) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOccupationalProgram",
    name: program.name,
    url: program.url,
    provider: { "@type": "Organization", name: program.provider },
    applicationDeadline: isoWithOffset(next.instant, next.timeZone),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in the data. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
