import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { stringify } from "yaml";
import { ID_PATTERN } from "../../collections/fields";
import { COLLECTIONS } from "../../collections/index";
import { referencesOf } from "../../data/catalog";
import { PROFILE, PROFILE_ID } from "../../collections/profile";
import { VACANCIES } from "../../collections/vacancies";
import { EDITOR_REPOSITORY } from "../../consts";
import { TIME_ZONE_NAMES } from "../../lib/deadlines/zone-names";
import { editorConfig } from "../../lib/schema/editor-config";

/** The editor's configuration, written from the schemas at build time (docs/editor.md). */
export const GET: APIRoute = async () => {
  const known = async (name: "programs" | "scholarships") =>
    (await getCollection(name)).map(({ id, data }) => ({ id, draft: data.draft }));
  const config = editorConfig(COLLECTIONS, {
    repository: process.env["GITHUB_REPOSITORY"] || EDITOR_REPOSITORY.repository,
    branch: EDITOR_REPOSITORY.branch,
    authenticator: EDITOR_REPOSITORY.authenticator,
    timeZones: [...TIME_ZONE_NAMES].sort(),
    singleFiles: { [PROFILE.name]: PROFILE_ID },
    idPattern: ID_PATTERN,
    knownEntries: {
      programs: await known("programs"),
      scholarships: await known("scholarships"),
      vacancies: (await getCollection("vacancies"))
        .filter(({ data }) => !data.draft)
        .map(referencesOf),
    },
    otherIds: {
      vacancies: (await getCollection("vacancies"))
        .filter(({ filePath }) => !filePath?.endsWith(VACANCIES.extensions[0]))
        .map(({ id }) => id),
    },
  });
  const text = `# Written by the build from src/collections/ (src/lib/schema/editor-config.ts). Do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  return new Response(text, { headers: { "Content-Type": "application/yaml; charset=utf-8" } });
};
