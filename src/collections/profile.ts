import { z } from "astro/zod";
import type { CollectionFacts } from "./fields";
import { email, line, text, webUrl } from "./fields";
import type { FieldInput } from "../lib/schema/editor-config";

/** The author profile shown in the sidebar of every page: one YAML file and its avatar. */
export const PROFILE = {
  name: "profile",
  noun: "profile",
  folder: "src/content/profile",
  extensions: [".yaml"],
  reservedIds: [],
  assets: [".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg"],
  bodyExample: undefined,
  // There is one profile; it is edited, not created.
  starter: undefined,
} as const satisfies CollectionFacts;

/** The profile entry the sidebar shows: `src/content/profile/group.yaml`. */
export const PROFILE_ID = "group";

/** The kinds of academic link the sidebar knows an icon and a name for. */
export const LINK_KINDS = [
  "google-scholar",
  "orcid",
  "github",
  "linkedin",
  "bluesky",
  "mastodon",
  "x",
  "researchgate",
  "website",
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** One academic link in the sidebar. */
export const ProfileLinkSchema = z.strictObject({
  kind: z
    .enum(LINK_KINDS)
    .meta({ description: "Which service it is; it picks the icon.", examples: ["orcid"] }),
  url: webUrl("The profile's address.", "https://orcid.org/0000-0002-1825-0097"),
  label: line("A name to show instead of the service's own.", "Group website").optional(),
});

/**
 * The author profile (`src/content/profile/group.yaml`). `image` is Astro's image helper: the
 * avatar path is relative to the YAML file.
 */
export const createProfileSchema = <Image extends z.ZodType>(image: () => Image) =>
  z.strictObject({
    name: line("The person's or group's name.", "Example Imaging Lab"),
    role: line("A role or tagline under the name.", "Machine learning for medical imaging"),
    bio: text(
      "A sentence or two about the group.",
      "We build tools that help clinicians read scans.",
    ),
    avatar: image().meta({
      description: "A square picture, at least 256 × 256 pixels, next to this file.",
      examples: ["./avatar.png"],
      input: "image" satisfies FieldInput,
    }),
    avatarAlt: line("The avatar's alternative text.", "Logo of the Example Imaging Lab"),
    affiliation: line(
      "Department and institution.",
      "Department of Bioengineering, Example University",
    ),
    affiliationUrl: webUrl(
      "The affiliation's website; it also identifies the hiring organisation to job search.",
      "https://www.example.org/bioengineering",
    ).optional(),
    location: line("Town and country.", "Exampleton, United Kingdom"),
    email: email(
      "The group's contact address, shown in the sidebar.",
      "imaging-lab@example.org",
    ).optional(),
    links: z
      .array(ProfileLinkSchema)
      .default([])
      .meta({
        description: "Academic links; leave the list empty to show none.",
        examples: [[{ kind: "github", url: "https://github.com/example" }]],
      }),
  });

/** The profile as its file is checked: the avatar is the path written there. */
export const ProfileFileSchema = createProfileSchema(() => z.string().trim().min(1));

export type Profile = z.output<ReturnType<typeof createProfileSchema<z.ZodString>>>;
