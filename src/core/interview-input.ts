import { cleanBlock, cleanHttpUrl, cleanLine, LIMITS } from './text.ts';
import { INTERVIEW_STATUSES, NOTE_LANGUAGES, type InterviewStatus, type NoteLanguage } from './types.ts';
import { EARLIEST_YEAR, formatLocalDate, formatLocalTime, LATEST_YEAR, localDateTime, parseLocalDate, parseLocalTime } from './local-time.ts';

export interface InterviewForm {
  company: string;
  role: string;
  round: string;
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** `HH:MM`, local; '' when the time is unknown (the interview is then kept as a day). */
  startTime: string;
  endTime: string;
  decisionDate: string;
  status: string;
  notes: string;
  industry: string;
  location: string;
  /** An address, with or without its `https://`. */
  website: string;
  /** '' for the browser's language, or one of NOTE_LANGUAGES. */
  noteLanguage: string;
}

export interface InterviewFields {
  company: string;
  role: string;
  round: number;
  start: number;
  end: number | null;
  timeKnown: boolean;
  decisionDate: string | null;
  status: InterviewStatus;
  notes: string;
  industry: string;
  location: string;
  website: string;
  noteLanguage: NoteLanguage;
}

export type FieldErrors = Partial<Record<keyof InterviewForm, string>>;
export type FormResult = { ok: true; value: InterviewFields } | { ok: false; errors: FieldErrors };

/** The years an interview can plausibly fall in, relative to now. */
const EARLIEST_YEAR_OFFSET = -5;
const LATEST_YEAR_OFFSET = 2;
const MAX_ROUND = 20;
const MAX_LENGTH_HOURS = 12;
/** An interview kept as a day starts at noon of it, so a move of a few time zones leaves it on its day. */
export const DAY_ONLY_HOUR = 12;

/**
 * A website as typed: "northwind.example" is read as https://northwind.example/; '' stays ''; null when it is no web address.
 * @internal exported for its tests
 */
export function readWebsite(text: string): string | null {
  const typed = cleanLine(text, LIMITS.url);
  if (!typed) return '';
  const url = cleanHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`);
  return url && new URL(url).hostname.includes('.') ? url : null;
}

/**
 * Turns what the user typed into the add/edit interview form into a valid
 * interview, or says precisely which field is wrong. Errors are message keys of
 * `_locales/en/messages.json`, so the domain stays free of the browser's i18n.
 */
export function validateInterviewForm(form: InterviewForm, now: number): FormResult {
  const errors: FieldErrors = {};
  const company = cleanLine(form.company, Infinity);
  const role = cleanLine(form.role, Infinity);
  const notes = cleanBlock(form.notes, Infinity);

  if (!company) errors.company = 'errCompanyRequired';
  else if (company.length > LIMITS.company) errors.company = 'errTooLong';
  if (role.length > LIMITS.title) errors.role = 'errTooLong';
  if (notes.length > LIMITS.notes) errors.notes = 'errTooLong';

  const round = form.round.trim() === '' ? 1 : Number(form.round);
  if (!Number.isInteger(round) || round < 1 || round > MAX_ROUND) errors.round = 'errRound';

  const thisYear = new Date(now).getFullYear();
  // Near today, and within the years any date Afterview keeps may fall in, whatever the clock says.
  const earliest = Math.max(thisYear + EARLIEST_YEAR_OFFSET, EARLIEST_YEAR);
  const latest = Math.min(thisYear + LATEST_YEAR_OFFSET, LATEST_YEAR);
  const day = parseLocalDate(form.date);
  if (!day) errors.date = form.date.trim() ? 'errDateInvalid' : 'errDateRequired';
  else if (day.year < earliest || day.year > latest) errors.date = 'errDateAbsurd';

  // No time typed keeps the interview as a day: no hour is invented for it.
  const timeKnown = form.startTime.trim() !== '';
  const startTime = timeKnown ? parseLocalTime(form.startTime) : { hour: DAY_ONLY_HOUR, minute: 0 };
  if (!startTime) errors.startTime = 'errTimeInvalid';
  const endTime = form.endTime.trim() ? parseLocalTime(form.endTime) : null;
  if (form.endTime.trim() && !endTime) errors.endTime = 'errTimeInvalid';
  else if (endTime && !timeKnown) errors.endTime = 'errEndWithoutStart';

  const industry = cleanLine(form.industry, Infinity);
  const location = cleanLine(form.location, Infinity);
  if (industry.length > LIMITS.line) errors.industry = 'errTooLong';
  if (location.length > LIMITS.line) errors.location = 'errTooLong';
  const website = readWebsite(form.website);
  if (website === null) errors.website = 'errWebsiteInvalid';

  let start = 0;
  let end: number | null = null;
  if (day && startTime) {
    start = localDateTime(day, startTime);
    if (endTime && timeKnown) {
      end = localDateTime(day, endTime);
      if (end <= start) errors.endTime = 'errEndBeforeStart';
      else if (end - start > MAX_LENGTH_HOURS * 3_600_000) errors.endTime = 'errTooLongMeeting';
    }
  }

  let decisionDate: string | null = null;
  if (form.decisionDate.trim()) {
    const decision = parseLocalDate(form.decisionDate);
    if (!decision) errors.decisionDate = 'errDateInvalid';
    else if (day && !errors.date && localDateTime(decision, { hour: 23, minute: 59 }) < localDateTime(day, { hour: 0, minute: 0 })) {
      errors.decisionDate = 'errDecisionBeforeInterview';
    } else if (decision.year > latest) errors.decisionDate = 'errDateAbsurd';
    else decisionDate = form.decisionDate.trim();
  }

  const status = (INTERVIEW_STATUSES as readonly string[]).includes(form.status)
    ? (form.status as InterviewStatus)
    : 'awaiting';

  // A language the form never offers (a tampered page) is the browser's, not an error to show.
  const noteLanguage = (NOTE_LANGUAGES as readonly string[]).includes(form.noteLanguage) ? (form.noteLanguage as NoteLanguage) : '';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { company, role, round, start, end, timeKnown, decisionDate, status, notes, industry, location, website: website ?? '', noteLanguage } };
}

/** The form as it shows an existing interview (or a blank one for `null`). */
export function interviewToForm(interview: InterviewFields | null, now: number): InterviewForm {
  return {
    company: interview?.company ?? '',
    role: interview?.role ?? '',
    round: String(interview?.round ?? 1),
    date: formatLocalDate(interview?.start ?? now),
    startTime: interview?.timeKnown ? formatLocalTime(interview.start) : '',
    endTime: interview?.timeKnown && interview.end ? formatLocalTime(interview.end) : '',
    decisionDate: interview?.decisionDate ?? '',
    status: interview?.status ?? 'awaiting',
    notes: interview?.notes ?? '',
    industry: interview?.industry ?? '',
    location: interview?.location ?? '',
    website: interview?.website ?? '',
    noteLanguage: interview?.noteLanguage ?? '',
  };
}
