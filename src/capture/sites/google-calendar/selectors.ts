// The `x…` element ids have held for years while the short class names rotate with every build, so only
// ids, data-* and aria-* are used. The event popup is reused between events and fills in as sections
// load; whatever it shows when the user clicks is read.
import { sel } from '../../selector.ts';

/** The event popup's details, or the full-page view of one event. */
export const DETAILS = [sel('#xDetDlg', '2026-11 public code'), sel('[role="dialog"] [data-eventid]', '2026-11 public code')];

/** The full-page view of one event shows the same rows without the popup around them. */
export const FULL_VIEW = [sel('#xDetDlgWhen', '2026-11 public code'), sel('#rAECCd', '2026-11 public code')];

export const TITLE = [
  sel('#rAECCd', '2026-11 public code'),
  sel('[role="heading"][aria-level="1"]', '2026-11 public code'),
];

export const WHEN = [sel('#xDetDlgWhen', '2026-11 public code')];
export const LOCATION = [sel('#xDetDlgLoc', '2026-11 public code')];
export const VIDEO_LINK = [sel('#xDetDlgVideo a[href]', '2026-11 public code')];
export const DESCRIPTION = [sel('#xDetDlgDesc', '2026-11 public code')];
/** "Organizer: Ada Lovelace" on events the user was invited to. */
export const CALENDAR_ROW = [sel('#xDetDlgCal', '2026-11 public code')];
export const GUESTS = [sel('#xDetDlgAtt [data-email]', '2026-11 public code')];

/**
 * The signed-in account in Google's bar over every app: the link to its
 * account menu, labelled "Google Account: Name (address)" in every language
 * with the address in brackets. No saved page of ours shows the bar yet.
 */
export const ACCOUNT = [sel('a[href*="accounts.google.com/SignOutOptions"]', '2026-12 public code')];

/** The full-screen edit view (`body[data-viewfamily="EVENT_EDIT"]`). */
export const EDIT_TITLE = [sel('#xTiIn', '2026-11 public code')];
export const EDIT_START_DATE = [sel('#xStDaIn', '2026-11 public code')];
export const EDIT_START_TIME = [sel('#xStTiIn', '2026-11 public code')];
export const EDIT_END_DATE = [sel('#xEnDaIn', '2026-11 public code')];
export const EDIT_END_TIME = [sel('#xEnTiIn', '2026-11 public code')];
export const EDIT_DESCRIPTION = [sel('#xDescIn', '2022-01 saved page')];
export const EDIT_LOCATION = [sel('#xLocIn input', '2022-01 saved page'), sel('#xLocIn [data-initialvalue]', '2022-01 saved page')];
/**
 * Guests in the edit view, which replaces the grid so only this event's people
 * are on the page; rooms carry data-email too and are filtered by address.
 */
export const EDIT_GUESTS = [sel('[data-email][aria-label]', '2026-11 public code')];
