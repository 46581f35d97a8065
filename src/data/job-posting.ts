import type { JobPosting, WithContext } from "schema-dts";
import { deadlinesOf, type ProfileEntry, type VacancyWithFunding } from "./catalog";
import { formatDeadline } from "../lib/deadlines/resolve";
import { jobDescriptionHtml, type AdvertFacts } from "../lib/publishing/job-description";
import { renderMarkdown } from "../lib/markdown/render";
import { jobPostingJsonLd } from "../lib/publishing/structured-data";

const inWords = ({
  instant,
  timeZone,
  label,
}: {
  instant: string;
  timeZone: string;
  label?: string | undefined;
}) => `${formatDeadline(instant, timeZone)}${label ? ` ${label}` : ""}`;

/** What the vacancy's page says, gathered for its JobPosting's description. */
async function advertFacts(vacancy: VacancyWithFunding): Promise<AdvertFacts> {
  const { data } = vacancy.entry;
  return {
    ...data,
    closes: vacancy.closes && inWords(vacancy.closes),
    programmes: await Promise.all(
      vacancy.programs.map(async (program) => ({
        name: program.data.name,
        url: program.data.url,
        deadlines: deadlinesOf(program).map(inWords),
        descriptionHtml: await renderMarkdown(program.data.description),
      })),
    ),
    fundingAdviceHtml: data.fundingAdvice && (await renderMarkdown(data.fundingAdvice)),
    scholarships: await Promise.all(
      vacancy.scholarships.map(async (scholarship) => ({
        name: scholarship.data.name,
        url: scholarship.data.url,
        descriptionHtml: await renderMarkdown(scholarship.data.description),
      })),
    ),
    contactEmail: vacancy.contactEmail,
  };
}

/**
 * The JobPosting for a vacancy's page, with the whole advert as its description; none once the
 * vacancy has closed (and then nothing is gathered for it).
 */
export async function vacancyJobPosting(
  vacancy: VacancyWithFunding,
  { url, profile }: { url: string; profile: ProfileEntry },
): Promise<WithContext<JobPosting> | undefined> {
  if (vacancy.status === "closed") return undefined;
  const { id, data } = vacancy.entry;
  return jobPostingJsonLd(
    {
      id,
      ...data,
      description: jobDescriptionHtml(await advertFacts(vacancy)),
      closes: vacancy.closes,
      closed: false,
    },
    { url, hiringOrganization: profile.data },
  );
}
