import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCatalog } from "../../../data/catalog";
import { CARD_CACHE_DIR, vacancyCard } from "../../../data/social-card";
import { socialCardPng } from "../../../lib/publishing/social-card";

/** Each open vacancy's social card, drawn at build time (or read from the cache of earlier builds). */
export const getStaticPaths = (async () => {
  const { vacancies, profile } = await loadCatalog();
  return vacancies.flatMap((vacancy) => {
    const card = vacancyCard(vacancy, profile);
    return card ? [{ params: { id: vacancy.entry.id }, props: { facts: card.facts } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(await socialCardPng(props.facts, { cacheDir: CARD_CACHE_DIR }), {
    headers: { "Content-Type": "image/png" },
  });
