// Outlook's class names are hashed Fluent/Griffel build artefacts and never used; the app marks its regions
// with `data-app-section`, which has held across the old and the new Outlook. No saved real page backs this
// yet (the hooks were seen in public projects, 2025): the first place to look when Outlook captures come back empty.
import { sel } from '../../selector.ts';

/** The opened event (old Outlook: ReadingPane; new Outlook: Form_Content), then the peek card. */
export const EVENT_ROOTS = [
  sel('[data-app-section="Form_Content"]', '2026-11 public code'),
  sel('[data-app-section="ReadingPane"]', '2026-11 public code'),
  sel('[data-app-section="CalendarItemPeek"]', '2026-11 public code'),
];

export const SUBJECT = [sel('[role="heading"]', '2026-11 public code'), sel('h1, h2, h3', '2026-11 public code')];

/** Short text elements that may hold the date and time, or an "Organizer: …" line; the first that reads as one wins. */
export const TEXT_LINES = [sel('time, span, div', '2026-11 public code')];

/** People carry their address in a mailto link, a tooltip or a label ("Ada Lovelace <ada@…>"). */
export const PEOPLE = [sel('a[href^="mailto:" i], [title*="@"], [aria-label*="@"]', '2026-11 public code')];

/** The account manager's second line is the signed-in address (Microsoft's shared header, in old and new Outlook). */
export const ACCOUNT = [sel('#mectrl_currentAccount_secondary', '2026-12 public code')];

const JOIN_HOSTS = ['teams.microsoft.com', 'teams.live.com', 'zoom.us', 'meet.google.com', 'webex.com'];
export const JOIN_LINKS = [sel(JOIN_HOSTS.map((host) => `a[href*="${host}"]`).join(', '), '2026-11 public code')];
