/**
 * Decides how a capture is filed before the user confirms: which interview it
 * belongs to (an existing one or a new one), what the new interview would be
 * called, and which of the people found are interviewers. These are
 * suggestions shown in editable fields, never saved without the user's click.
 */
import type { Capture, CapturedPerson } from '../capture/types.ts';
import { isOpenInterview, type Interview } from './types.ts';
import { cleanEmail, cleanLine, LIMITS } from './text.ts';

export interface PersonChoice {
  person: CapturedPerson;
  /** Whether the person is ticked as an interviewer by default. */
  include: boolean;
  /** Why a person is not ticked: it is the candidate, or a no-reply robot. */
  excludedBecause: 'self' | 'robot' | null;
}

export interface FilingSuggestion {
  /** An existing interview's id, or 'new'. */
  target: string;
  company: string;
  role: string;
  start: number | null;
  end: number | null;
  people: PersonChoice[];
}

const DAY = 86_400_000;
/** A profile captured within this many days of an interview probably belongs to it. */
const RECENT_DAYS = 14;

const ROBOT = /^(no-?reply|do-?not-?reply|calendar-notification|notifications?|invites?|scheduling|mailer-daemon)[@+.]/i;

/** Free mail domains say nothing about the company. */
const FREE_MAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'aol.com']);

/** The company an email domain suggests: "jane@acme-robotics.com" → "Acme Robotics". */
export function companyFromEmail(email: string | null): string {
  const domain = cleanEmail(email ?? '').split('@')[1];
  if (!domain || FREE_MAIL.has(domain)) return '';
  const labels = domain.split('.');
  // The registrable label: "mail.acme.co.uk" → "acme".
  const second = labels.length >= 3 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2);
  if (!second) return '';
  return second
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

function sameCompany(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) !== '' && norm(a) === norm(b);
}

function choosePeople(capture: Capture, myEmails: string[]): PersonChoice[] {
  const mine = new Set(myEmails.map((e) => cleanEmail(e)).filter(Boolean));
  return capture.people.map((person) => {
    const email = cleanEmail(person.email ?? '');
    if (email && mine.has(email)) return { person, include: false, excludedBecause: 'self' };
    if (email && ROBOT.test(email)) return { person, include: false, excludedBecause: 'robot' };
    return { person, include: true, excludedBecause: null };
  });
}

export function suggestFiling(capture: Capture, interviews: Interview[], myEmails: string[], now: number): FilingSuggestion {
  const people = choosePeople(capture, myEmails);
  const included = people.filter((p) => p.include).map((p) => p.person);
  const start = capture.event?.start ? Date.parse(capture.event.start) : NaN;
  const end = capture.event?.end ? Date.parse(capture.event.end) : NaN;
  const company = cleanLine(
    capture.company?.name ||
      included.find((p) => p.company)?.company ||
      included.map((p) => companyFromEmail(p.email)).find(Boolean) ||
      '',
    LIMITS.company,
  );

  const open = interviews.filter(isOpenInterview);
  let target = 'new';
  if (Number.isFinite(start)) {
    // An event files under the interview at the same time, or the same company on the same day.
    const match = interviews.find(
      (i) => Math.abs(i.start - start) < 5 * 60_000 || (sameCompany(i.company, company) && Math.abs(i.start - start) < DAY),
    );
    if (match) target = match.id;
  } else {
    // A profile or company page files under the latest open interview with that company,
    // or, failing that, under an interview that happened in the last two weeks.
    const byCompany = company ? open.find((i) => sameCompany(i.company, company)) : undefined;
    const recent = open.find((i) => i.start <= now + DAY && now - i.start < RECENT_DAYS * DAY);
    target = (byCompany ?? (company ? undefined : recent))?.id ?? 'new';
  }

  return {
    target,
    company,
    // The role is rarely on these pages in a form worth trusting; the user types it.
    role: '',
    start: Number.isFinite(start) ? start : null,
    end: Number.isFinite(end) && end > start ? end : null,
    people,
  };
}
