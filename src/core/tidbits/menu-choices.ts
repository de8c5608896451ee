import { bound, compareText } from '../text.ts';
import type { Interview } from '../types.ts';

/** @internal exported for its tests */
export const MENU_INTERVIEW_LIMIT = 10;

/** How long the "company — role" part of a label may be; Chrome cuts titles at 75 characters. */
const LABEL_MAX = 56;

/**
 * The interviews a tidbit can be saved for from the right-click menu: those
 * still awaiting a decision, the most recent first, few enough to scan. Older
 * or decided interviews can still be given a tidbit from the library.
 */
export function interviewsForTidbitMenu(interviews: readonly Interview[], limit = MENU_INTERVIEW_LIMIT): Interview[] {
  return interviews
    .filter((i) => i.status === 'awaiting')
    .sort((a, b) => b.start - a.start || b.createdAt - a.createdAt || compareText(a.id, b.id))
    .slice(0, Math.max(0, limit));
}

/**
 * "Acme — Staff Engineer (12 Mar)": the company, the role when there is one, and
 * the day in the user's language. It is data, not a translated sentence; the
 * caller escapes it for the menu.
 */
export function interviewMenuLabel(interview: Pick<Interview, 'company' | 'role' | 'start'>, locale: string): string {
  const who = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(' — ');
  const short = who.length > LABEL_MAX ? `${bound(who, LABEL_MAX - 1).trimEnd()}…` : who;
  return `${short} (${shortDay(interview.start, locale)})`;
}

/** One formatter per language, made once: the dashboard's Tidbits tab labels a thousand interviews at a time. */
const shortDays = new Map<string, Intl.DateTimeFormat>();

function shortDay(instant: number, locale: string): string {
  let format = shortDays.get(locale);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A malformed language tag from the browser must not cost the user the menu.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    shortDays.set(locale, format);
  }
  return format.format(instant);
}
