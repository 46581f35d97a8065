import { z } from "astro/zod";
import { email, text, webUrl } from "./fields";

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
  /** Which service it is. */
  kind: z.enum(LINK_KINDS).meta({ examples: ["orcid"] }),
  /** The profile's address. */
  url: webUrl("https://orcid.org/0000-0002-1825-0097"),
  /** Overrides the default name, such as "Group website". */
  label: text("Group website").optional(),
});

/**
 * The author profile shown in the sidebar (`src/content/profile/group.yaml`). `image` is Astro's
 * image helper: the avatar path is relative to the YAML file.
 */
export const createProfileSchema = <Image extends z.ZodType>(image: () => Image) =>
  z.strictObject({
    /** Person or group name. */
    name: text("Medical Image Analysis Group"),
    /** Role or tagline under the name. */
    role: text("PhD recruitment"),
    /** A sentence or two. */
    bio: text("We develop machine learning for medical imaging."),
    /** Square picture, at least 256 × 256 pixels, next to this file. */
    avatar: image().meta({ examples: ["./avatar.png"] }),
    /** Alternative text for the avatar. */
    avatarAlt: text("Logo of the Medical Image Analysis Group"),
    /** Department and institution. */
    affiliation: text("Department of Engineering Science, University of Oxford"),
    /** The affiliation's website; it also identifies the hiring organisation to job search. */
    affiliationUrl: webUrl("https://eng.ox.ac.uk/").optional(),
    /** Town and country. */
    location: text("Oxford, United Kingdom"),
    /** Contact address. */
    email: email("medical-imaging@example.org"),
    /** Academic links; leave the list empty to show none. */
    links: z
      .array(ProfileLinkSchema)
      .default([])
      .meta({ examples: [[{ kind: "github", url: "https://github.com/example" }]] }),
  });

export type Profile = z.output<ReturnType<typeof createProfileSchema<z.ZodString>>>;
