/**
 * How much the due lists show, apart from the reading code (due-entries.ts) so
 * that the popup's first chunk can use them without loading the database code.
 */

/** How far ahead the due list's "Next up" looks, and how many it lists. */
export const UPCOMING_DAYS = 7;
export const UPCOMING_MAX = 3;
/** How many due touches the popup lists before "N more". */
export const POPUP_DUE_LIMIT = 3;
