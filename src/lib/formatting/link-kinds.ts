import type { LinkKind } from "../../collections/profile";

const LINK_KIND_NAMES: Record<LinkKind, string> = {
  "google-scholar": "Google Scholar",
  orcid: "ORCID",
  github: "GitHub",
  linkedin: "LinkedIn",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  x: "X",
  researchgate: "ResearchGate",
  website: "Website",
};

/** The visible, accessible name of an academic link: its own label, else the service's name. */
export function linkName(link: { kind: LinkKind; label?: string | undefined }): string {
  return link.label ?? LINK_KIND_NAMES[link.kind];
}
