import type { CollectionFacts } from "./fields";
import { idReference } from "./fields";
import { PROFILE, ProfileFileSchema } from "./profile";
import { PROGRAMS, ProgramSchema } from "./programs";
import { SCHOLARSHIPS, ScholarshipSchema } from "./scholarships";
import { createVacancySchema, VACANCIES } from "./vacancies";
import type { AnySchema } from "../lib/schema/walk";

/** A collection with its schema as written in files: references and the avatar as text. */
export interface DocumentedCollection {
  facts: CollectionFacts;
  schema: AnySchema;
}

/**
 * Every collection, for the tools that work on files rather than on a build: the scaffolder,
 * the field reference and the tests. The schemas are the ones content.config.ts uses.
 */
export const COLLECTIONS: readonly DocumentedCollection[] = [
  { facts: VACANCIES, schema: createVacancySchema(idReference) },
  { facts: PROGRAMS, schema: ProgramSchema },
  { facts: SCHOLARSHIPS, schema: ScholarshipSchema },
  { facts: PROFILE, schema: ProfileFileSchema },
];

/**
 * The collection a maintainer means by a word: its noun or its name, singular or plural, in
 * British or American spelling (`programme`, `programs`).
 */
export function collectionNamed(word: string): DocumentedCollection | undefined {
  const wanted = word
    .trim()
    .toLowerCase()
    .replace(/programme/, "program");
  return COLLECTIONS.find(({ facts }) => {
    const noun = facts.noun.replace(/programme/, "program");
    return wanted === facts.name || wanted === noun || wanted === `${noun}s`;
  });
}
