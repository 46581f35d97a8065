import { getImage } from "astro:assets";
import type { ProfileEntry } from "./catalog";

let avatar: ReturnType<typeof getImage> | undefined;

/** The avatar as the Person's image in structured data: processed once per build, not per page. */
export function avatarForStructuredData(src: ProfileEntry["data"]["avatar"]) {
  avatar ??= getImage({ src, width: 256, height: 256 });
  return avatar;
}
