import type { APIRoute } from "astro";
import { loadCatalog } from "../data/catalog";
import { calendarEntries } from "../data/deadline-calendar";
import { deadlinesCalendar } from "../lib/deadlines/calendar";

/** Every published deadline, as a calendar applicants can subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const { deadlines, now, profile } = await loadCatalog();
  const body = deadlinesCalendar(calendarEntries(deadlines, site), {
    name: `${profile.data.name}: PhD deadlines`,
    host: site?.host ?? "localhost",
    now,
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
