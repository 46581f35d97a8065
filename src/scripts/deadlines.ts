import { CLOSING_SOON_DAYS } from "../consts";
import {
  STATUS_LABELS,
  countdownText,
  deadlineStatus,
  visitorLocalTime,
} from "../lib/deadline-status";

/**
 * Recomputes every deadline's state from the visitor's clock, so a page built before a deadline
 * says "Closed" after it without a rebuild, and adds the deadline in the visitor's own zone.
 * Without JavaScript, the state computed at build time stands.
 */
function refreshDeadlines() {
  const now = Date.now();
  const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const element of document.querySelectorAll<HTMLElement>("[data-instant]")) {
    const { instant = "", timeZone } = element.dataset;
    const at = Date.parse(instant);
    const status = deadlineStatus(at, now, CLOSING_SOON_DAYS);
    element.dataset["deadlineStatus"] = status;
    if ("countdown" in element.dataset) element.textContent = countdownText(at, now);
    if ("statusLabel" in element.dataset) element.textContent = STATUS_LABELS[status];
    if ("localTime" in element.dataset && timeZone) {
      element.textContent = visitorLocalTime(at, timeZone, visitorZone);
    }
  }
}

refreshDeadlines();
setInterval(refreshDeadlines, 60_000);
// The search page fires this on `document` after adding results. It is written out here and there
// rather than shared: a module that both scripts import becomes a chunk of its own, whose import
// costs /vacancies/ bytes of its JavaScript budget.
document.addEventListener("deadlines", refreshDeadlines);
