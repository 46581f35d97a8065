import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { validated } from "./loaders/validated";
import { createProfileSchema } from "./schemas/profile";
import { ProgramSchema } from "./schemas/program";
import { ScholarshipSchema } from "./schemas/scholarship";
import { createVacancySchema } from "./schemas/vacancy";

const vacancySchema = createVacancySchema(reference);
// Before Astro resolves the avatar, the checked value is the path written in the file.
const profileSchemaForChecks = createProfileSchema(() => z.string().trim().min(1));

const vacancies = defineCollection({
  loader: validated(
    glob({ pattern: "**/*.{md,mdx}", base: "./src/content/vacancies" }),
    vacancySchema,
  ),
  schema: vacancySchema,
});

const programs = defineCollection({
  loader: validated(glob({ pattern: "**/*.yaml", base: "./src/content/programs" }), ProgramSchema),
  schema: ProgramSchema,
});

const scholarships = defineCollection({
  loader: validated(
    glob({ pattern: "**/*.yaml", base: "./src/content/scholarships" }),
    ScholarshipSchema,
  ),
  schema: ScholarshipSchema,
});

const profile = defineCollection({
  loader: validated(
    glob({ pattern: "**/*.yaml", base: "./src/content/profile" }),
    profileSchemaForChecks,
  ),
  schema: ({ image }) => createProfileSchema(image),
});

export const collections = { vacancies, programs, scholarships, profile };
