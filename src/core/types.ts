// The records as stored in IndexedDB and written to a backup. Instants are epoch milliseconds (they index
// and compare cheaply); days the user states ("decision by the 12th") are local `YYYY-MM-DD`: a day, not a moment.
import { isPlainObject } from './text.ts';

export type Id = string;

export const INTERVIEW_STATUSES = ['awaiting', 'next-round', 'offer', 'rejected', 'withdrawn'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** Statuses that end the follow-up plan. */
export const DECISION_STATUSES: readonly InterviewStatus[] = ['offer', 'rejected', 'withdrawn'];

/** Still open: awaiting a decision, or a next round (no decision has ended it). */
export function isOpenInterview(interview: Pick<Interview, 'status'>): boolean {
  return !DECISION_STATUSES.includes(interview.status);
}

/** The languages Afterview can write a note in: those it has a locale for. */
export const NOTE_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
/** '' follows the browser's language; a code fixes it for this interview. */
export type NoteLanguage = '' | (typeof NOTE_LANGUAGES)[number];

export interface Interview {
  id: Id;
  company: string;
  role: string;
  /** 1 for the first conversation, 2 for the second round, and so on. */
  round: number;
  /** When it starts; with the time unknown, noon of its day (a move of a few time zones keeps the day). */
  start: number;
  /** Null when only the start is known; planners then assume an hour. */
  end: number | null;
  /** False when only the day is known: no hour is shown, and none is invented. */
  timeKnown: boolean;
  /** The day by which they said they would decide, `YYYY-MM-DD`, or null. */
  decisionDate: string | null;
  status: InterviewStatus;
  /** What the candidate jotted down after the talk, for the whole interview. */
  notes: string;
  /** What the company's page says about it; '' when unknown. */
  industry: string;
  location: string;
  /** The company's website, or its LinkedIn page when it shows no other; '' when unknown. */
  website: string;
  /** The language its notes are written in (an interview abroad may need notes in another language than the browser's). */
  noteLanguage: NoteLanguage;
  /** Pages the interview was captured from (profile, event, company page). */
  sourceUrls: string[];
  /** When they last replied; the follow-up clock restarts from this instant. */
  repliedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export const CAPTURE_SOURCES = [
  'linkedin-profile',
  'linkedin-company',
  'google-calendar',
  'outlook-calendar',
  'ics',
  'generic',
  'manual',
] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export interface Contact {
  id: Id;
  name: string;
  title: string;
  company: string;
  /** Lower-cased, or '' when unknown (an index cannot hold null). */
  email: string;
  /** Normalised profile URL, or '' when unknown. */
  profileUrl: string;
  capturedFrom: CaptureSource;
  capturedUrl: string;
  capturedAt: number;
}

/** Which contact sat on which interview, with what was discussed with them. */
export interface Link {
  id: Id;
  interviewId: Id;
  contactId: Id;
  /** Notes jotted right after the talk about this person: topics, promises. */
  notes: string;
  addedAt: number;
}

export interface Tidbit {
  id: Id;
  /** Normalised http(s) URL. */
  url: string;
  title: string;
  excerpt: string;
  /** The page it was found on (differs from url when a link was saved). */
  foundOn: string;
  topics: string[];
  /** The interview it was saved for, or null for "no interview yet". */
  interviewId: Id | null;
  savedAt: number;
  /**
   * What the saved page says of itself, read when it was saved: its
   * description and main headings, for matching it to the notes. Absent on
   * links (their page was not open) and on tidbits saved before it was kept.
   */
  pageText?: string;
  /**
   * What ranking matches against the notes, computed from the text above when
   * the tidbit is written (core/tidbits/terms.ts). Derived: never in a backup.
   */
  terms?: TidbitTerms;
}

/** A tidbit's terms (core/tidbits/terms.ts). */
export interface TidbitTerms {
  /** The version of the tokeniser that made them (TERMS_VERSION). */
  v: number;
  /** Terms of the title and the topics. */
  title: string[];
  /** Terms found only in the excerpt or the page's own text. */
  text: string[];
}

export const TOUCH_KINDS = ['thank-you', 'check-in', 'value-add'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const TOUCH_STATUSES = ['planned', 'due', 'sent', 'snoozed', 'skipped'] as const;
export type TouchStatus = (typeof TOUCH_STATUSES)[number];

export interface Touch {
  id: Id;
  interviewId: Id;
  contactId: Id;
  kind: TouchKind;
  /** When it should be sent; for sent touches, when it was planned. */
  dueAt: number;
  status: TouchStatus;
  /** When a notification was raised for it, so none is raised twice. */
  notifiedAt: number | null;
  sentAt: number | null;
  /** The exact text that was sent, kept for the history. */
  subject: string;
  body: string;
  tidbitId: Id | null;
  /** Whether this message asks about the status of the decision. */
  asksStatus: boolean;
}

export interface Template {
  id: Id;
  kind: TouchKind | 'second-round' | 'custom';
  name: string;
  subject: string;
  body: string;
  builtIn: boolean;
  updatedAt: number;
}

export interface CadenceSettings {
  /** Working days after the interview for the first check-in when no date was given. */
  checkInAfterWorkingDays: number;
  /** Days between value-add touches. */
  valueAddEveryDays: number;
  /** The week after the interview at which the plan stops. */
  stopAfterWeeks: number;
  /** How many messages in all may ask about the status. */
  maxStatusQuestions: number;
  /** The latest a thank-you may be due, in hours after the interview ends. */
  thankYouWithinHours: number;
  /** Interviews ending before this hour get their thank-you the same day. */
  sameDayBeforeHour: number;
}

export interface Settings {
  name: string;
  signature: string;
  /** The candidate's own addresses, so a captured invitation does not list them as an interviewer. */
  myEmails: string[];
  /** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
  workingDays: number[];
  /** Minutes after local midnight. */
  workStart: number;
  workEnd: number;
  /** Local days off, `YYYY-MM-DD`. */
  holidays: string[];
  cadence: CadenceSettings;
  /** Whether the composer offers drafting with the browser's on-device model, where the browser has one. */
  onDeviceAi: boolean;
}

/** @internal exported for its tests */
export const DEFAULT_SETTINGS: Settings = {
  name: '',
  signature: '',
  myEmails: [],
  workingDays: [1, 2, 3, 4, 5],
  workStart: 9 * 60,
  workEnd: 18 * 60,
  holidays: [],
  cadence: {
    checkInAfterWorkingDays: 7,
    valueAddEveryDays: 14,
    stopAfterWeeks: 8,
    maxStatusQuestions: 2,
    thankYouWithinHours: 48,
    sameDayBeforeHour: 15,
  },
  onDeviceAi: true,
};

/**
 * Settings read over the defaults: a field added after the settings (or a backup) were written
 * takes its default. A cadence of the wrong type is passed on as it is, for a backup's reader to report.
 */
export function withDefaultSettings(stored: Partial<Settings> | undefined): Settings;
export function withDefaultSettings(stored: Record<string, unknown>): Record<string, unknown>;
export function withDefaultSettings(stored: Partial<Settings> | Record<string, unknown> | undefined): Settings | Record<string, unknown> {
  const cadence: unknown = stored?.cadence === undefined ? {} : stored.cadence;
  return { ...DEFAULT_SETTINGS, ...stored, cadence: isPlainObject(cadence) ? { ...DEFAULT_SETTINGS.cadence, ...cadence } : cadence };
}

/** Records by a key, such as links, touches or tidbits by interview; a record whose key is null is left out. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
