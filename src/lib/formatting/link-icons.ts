import {
  faBluesky,
  faGithub,
  faGoogleScholar,
  faLinkedin,
  faMastodon,
  faOrcid,
  faResearchgate,
  faXTwitter,
} from "@fortawesome/free-brands-svg-icons";
import { faGlobe } from "@fortawesome/free-solid-svg-icons";
import type { IconDefinition } from "@fortawesome/free-solid-svg-icons";
import type { LinkKind } from "../../collections/profile";

/** The icon drawn beside each kind of academic link. */
export const LINK_ICONS: Record<LinkKind, IconDefinition> = {
  "google-scholar": faGoogleScholar,
  orcid: faOrcid,
  github: faGithub,
  linkedin: faLinkedin,
  bluesky: faBluesky,
  mastodon: faMastodon,
  x: faXTwitter,
  researchgate: faResearchgate,
  website: faGlobe,
};
