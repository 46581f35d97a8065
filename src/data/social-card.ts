import { vacancyCardPath } from "../routes";
import path from "node:path";
import { vacancyCardFacts, type CardFacts } from "../lib/publishing/social-card";
import type { ProfileEntry, VacancyWithFunding } from "./catalog";

/**
 * Where drawn cards are kept between builds, beside other tools' caches. A card is found there by
 * a hash of everything it shows, so a stale one is never used; deleting the folder is always safe.
 */
export const CARD_CACHE_DIR = path.join(process.cwd(), "node_modules", ".cache", "vacancy-cards");

/** A page's social card: its address from the site root, and what it shows, for `og:image:alt`. */
export interface VacancyCard {
  path: string;
  alt: string;
  facts: CardFacts;
}

/**
 * An open vacancy's own card, or none for a closed one, whose page shares the site's card. Closed
 * positions are rarely shared, and most vacancies of a long-lived site are closed: drawing theirs
 * too (about 45 ms of CPU each) would take a build of 2,000 vacancies past its time budget.
 */
export function vacancyCard(
  vacancy: VacancyWithFunding,
  profile: ProfileEntry,
): VacancyCard | undefined {
  if (vacancy.status === "closed") return undefined;
  const { id, data } = vacancy.entry;
  return {
    path: vacancyCardPath(id),
    alt: data.title,
    facts: vacancyCardFacts({
      title: data.title,
      groupName: profile.data.name,
      status: vacancy.status,
      closes: vacancy.closes,
      location: data.location,
    }),
  };
}
