/** Dates, times, sites and interviews as the user's browser language writes them. */
import { DAY_MS, formatLocalDate } from '../core/local-time.ts';
import { INTERVIEW_STATUSES, type Interview, type InterviewStatus } from '../core/types.ts';
import { t, uiLanguage, type MessageKey } from '../i18n.ts';

/** Formatters are costly to make and a dashboard formats hundreds of dates: each is made once per page and language. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = uiLanguage();
  const id = `${name} ${language}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

export function formatDay(instant: number): string {
  return formatter('day', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

function dayTime(): Intl.DateTimeFormat {
  return formatter('dayTime', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
}

export function formatDayTime(instant: number): string {
  return dayTime().format(instant);
}

/** Whether two instants fall on the same local day: today is called today, not named by its date as if another day. */
const sameDay = (a: number, b: number) => formatLocalDate(a) === formatLocalDate(b);

/** A weekday alone names the day only while it cannot be mistaken for today's weekday a week on. */
const WEEKDAY_ENOUGH_MS = 6 * DAY_MS;

/** As short as it can be while unambiguous: "3:00 PM" later today, "Wed 9:00 AM" within the week, "Tue, Jun 16, 9:00 AM" further off. */
export function whenText(instant: number, now: number): string {
  if (sameDay(instant, now)) return formatter('time', { hour: 'numeric', minute: '2-digit' }).format(instant);
  if (instant > now && instant - now < WEEKDAY_ENOUGH_MS) return formatter('weekdayTime', { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(instant);
  return formatDayTime(instant);
}

/**
 * "Recorded as sent to Jane Doe today at 6:31 AM", or, for a note another window recorded first, "The note to Jane Doe was
 * already recorded as sent today at 6:31 AM": a note recorded today is not named by today's date, as if on another day.
 */
export function recordedText(name: string, sentAt: number, now: number, already?: 'already'): string {
  const today = sameDay(sentAt, now);
  const key: MessageKey = already ? (today ? 'composeAlreadyRecordedToday' : 'composeAlreadyRecorded') : today ? 'composeRecordedToday' : 'composeRecordedAt';
  return t(key, [name, whenText(sentAt, now)]);
}

/** "You last wrote to Jane Doe on Tue, Dec 1, 2026.", or "You last wrote to Jane Doe today." */
export function lastSentText(name: string, sentAt: number, now: number): string {
  return sameDay(sentAt, now) ? t('composeLastSentToday', name) : t('composeLastSent', [name, formatDay(sentAt)]);
}

/** A tidbit's "Saved Tue, Dec 1, 2026", or "Saved today". */
export function savedText(savedAt: number, now: number): string {
  return sameDay(savedAt, now) ? t('librarySavedToday') : t('librarySavedOn', formatDay(savedAt));
}

/**
 * When an interview is, as stated: its day alone when the time is unknown
 * ("Wed, Dec 2, 2026"), else its day and hours ("Wed, Oct 7, 1:00 – 2:00 PM").
 */
export function formatWhen(interview: Pick<Interview, 'start' | 'end' | 'timeKnown'>): string {
  if (!interview.timeKnown) return formatDay(interview.start);
  return interview.end === null ? formatDayTime(interview.start) : dayTime().formatRange(interview.start, interview.end);
}

/** A language named in itself ("Deutsch", "Français"), as language pickers name them. */
export function languageName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** A web address as people read it: no scheme, no "www.", no trailing slash. */
export function siteText(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

/** How many characters of a picker's option the popup shows at its 400 px. */
const CHOICE_LABEL_MAX = 48;

/**
 * An interview as the pickers name it ("Acme · Engineer · Mar 3"), the same
 * wherever one is chosen, and short enough to be read whole in the popup: the
 * day without weekday (and without year in the current one), and a long role,
 * then a long company, cut with "…".
 */
export function interviewChoiceLabel(interview: Pick<Interview, 'company' | 'role' | 'start'>, max = CHOICE_LABEL_MAX): string {
  const sameYear = new Date(interview.start).getFullYear() === new Date().getFullYear();
  const day = new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(interview.start);
  const separators = 3 * (interview.role ? 2 : 1);
  const company = cut(interview.company, Math.max(12, max - day.length - separators - Math.min(interview.role.length, 14)));
  const role = cut(interview.role, max - company.length - day.length - separators);
  return [company, role, day].filter(Boolean).join(' · ');
}

/**
 * Where a capture was filed, as the popup and the dashboard say it: "Saved to Northwind Analytics — Backend Engineer";
 * `before`, a page saved before the popup opened: "This page is already saved to Northwind Analytics — Backend Engineer."
 */
export function filedText(interview: Pick<Interview, 'company' | 'role'>, before = false): string {
  if (before) return interview.role ? t('captureAlreadyFiledRole', [interview.company, interview.role]) : t('captureAlreadyFiled', interview.company);
  return interview.role ? t('captureFiledRole', [interview.company, interview.role]) : t('captureFiled', interview.company);
}

function cut(text: string, room: number): string {
  if (text.length <= room) return text;
  return room < 4 ? '' : `${text.slice(0, room - 1).trimEnd()}…`;
}

const STATUS_KEYS: Record<InterviewStatus, MessageKey> = {
  awaiting: 'statusAwaiting',
  'next-round': 'statusNextRound',
  offer: 'statusOffer',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
};

export function statusLabel(status: InterviewStatus): string {
  return t(STATUS_KEYS[status]);
}

export const STATUS_OPTIONS = INTERVIEW_STATUSES.map((value) => ({ value, label: () => statusLabel(value) }));
