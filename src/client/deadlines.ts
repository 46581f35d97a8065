import { CLOSING_SOON_DAYS } from "../consts";
import { countdownText, deadlineStatus, visitorLocalTime } from "../lib/deadlines/status";

/**
 * Brings every deadline's state up to date with the visitor's clock, so a page built before a
 * deadline says "Closed" after it without a rebuild, and adds the deadline in the visitor's own
 * zone when it reads differently there. It changes only words and colours: the page reserves
 * room for all it writes, so nothing moves. Without JavaScript, the state computed at build time
 * stands.
 */
function refreshDeadlines() {
  const now = Date.now();
  for (const element of document.querySelectorAll<HTMLElement>("[data-instant]")) {
    const { instant = "", offsetMinutes } = element.dataset;
    const at = Date.parse(instant);
    const status = deadlineStatus(at, now, CLOSING_SOON_DAYS);
    element.dataset["deadlineStatus"] = status;
    const text =
      "countdown" in element.dataset
        ? countdownText(at, now)
        : "localTime" in element.dataset
          ? visitorLocalTime(at, Number(offsetMinutes), -new Date(at).getTimezoneOffset())
          : undefined;
    if (text !== undefined) element.textContent = text;
  }
}

// After the first paint, when the browser has nothing better to do; then once a minute.
(window.requestIdleCallback ?? setTimeout)(() => {
  refreshDeadlines();
  setInterval(refreshDeadlines, 60_000);
});
// The search page fires this on `document` after adding results. It is written out here and there
// rather than shared: a module that both scripts import becomes a chunk of its own, whose import
// costs /vacancies/ bytes of its JavaScript budget.
document.addEventListener("deadlines", refreshDeadlines);
