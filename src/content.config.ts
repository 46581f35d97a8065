import { defineCollection, reference } from "astro:content";
import { entryLoader } from "./checks/loader";
import { createProfileSchema, PROFILE, ProfileFileSchema } from "./collections/profile";
import { PROGRAMS, ProgramSchema } from "./collections/programs";
import { SCHOLARSHIPS, ScholarshipSchema } from "./collections/scholarships";
import { createVacancySchema, VACANCIES } from "./collections/vacancies";

const vacancySchema = createVacancySchema(reference);

const vacancies = defineCollection({
  loader: entryLoader(VACANCIES, vacancySchema),
  schema: vacancySchema,
});

const programs = defineCollection({
  loader: entryLoader(PROGRAMS, ProgramSchema),
  schema: ProgramSchema,
});

const scholarships = defineCollection({
  loader: entryLoader(SCHOLARSHIPS, ScholarshipSchema),
  schema: ScholarshipSchema,
});

const profile = defineCollection({
  // The loader checks the avatar as the path written in the file; Astro then resolves the image.
  loader: entryLoader(PROFILE, ProfileFileSchema),
  schema: ({ image }) => createProfileSchema(image),
});

export const collections = { vacancies, programs, scholarships, profile };
