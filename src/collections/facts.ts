/** What the loader, the scaffolder and the docs need to know of a collection besides its schema. */
export interface CollectionFacts {
  /** The collection's name, as in `getCollection("vacancies")`. */
  name: string;
  /** One entry, as messages name it: "vacancy", "programme". */
  noun: string;
  /** Where the entries live, relative to the project. */
  folder: string;
  /** The file types it reads, with their dot; `npm run new` writes the first. */
  extensions: readonly string[];
  /** File names (ids) that would clash with another page. */
  reservedIds: readonly string[];
  /** Files in the folder that are not entries, such as the profile's avatar. */
  assets: readonly string[];
  /** For Markdown entries: the body `npm run new` writes, which a published entry should not keep. */
  bodyExample: string | undefined;
  /**
   * What `npm run new` writes besides the fields' examples: the title, today's date, deadlines
   * in the future and `draft: true`. None for collections that are not scaffolded.
   */
  starter: ((title: string, today: string) => Record<string, unknown>) | undefined;
}

/** An id as it appears in addresses: lower-case letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
