import type { APIRoute, GetStaticPaths } from "astro";
import { calendarEntries } from "../../data/deadline-calendar";
import { loadCatalog, type OwnedDeadline } from "../../data/catalog";
import { deadlinesCalendar } from "../../lib/deadlines/calendar";

export const getStaticPaths = (async () => {
  const { deadlines } = await loadCatalog();
  return deadlines.map((deadline) => ({ params: { id: deadline.id }, props: { deadline } }));
}) satisfies GetStaticPaths;

/** One deadline as a calendar file, for "Add to calendar". */
export const GET: APIRoute<{ deadline: OwnedDeadline }> = async ({ props, site }) => {
  const { now, profile } = await loadCatalog();
  const body = deadlinesCalendar(calendarEntries([props.deadline], site), {
    name: `${profile.data.name}: ${props.deadline.owner}`,
    host: site?.host ?? "localhost",
    now,
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
