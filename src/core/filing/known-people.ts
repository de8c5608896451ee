// Who each captured person is (the candidate, an automated sender, or a person) and which stored
// contact. What a capture would change about a known contact is reported, never applied: only the
// user may change who someone is.
import type { CapturedPerson } from '../capture/capture.ts';
import { cleanEmail } from '../text.ts';
import { fold } from '../tidbits/words.ts';
import type { Contact } from '../types.ts';
import { companyDomainOfEmail, isFreeMail } from './company.ts';

/** What the candidate is known by: their name and addresses from the settings, and the account a calendar page shows. */
export interface Candidate {
  name: string;
  emails: readonly string[];
  /** The signed-in account of the page the capture came from, when it shows one. */
  account?: string | undefined;
}

/**
 * Why a person is not ticked as an interviewer: it is the candidate, it may
 * be the candidate (a personal address among company ones: "Is this you?"),
 * or an automated sender.
 */
export type NotInterviewer = 'self' | 'maybe-self' | 'robot';

const ROBOT = /^(no-?reply|do-?not-?reply|calendar-notification|notifications?|invites?|scheduling|mailer-daemon)[@+.]/i;

/**
 * "Priya Raman", "RAMAN, Priya" and "priya  raman" are one name; a lone first name is not enough.
 * @internal exported for its tests
 */
export function samePersonName(a: string | null, b: string | null): boolean {
  const words = (name: string | null) =>
    fold(name ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .sort();
  const x = words(a);
  const y = words(b);
  return x.length >= 2 && x.length === y.length && x.every((word, i) => word === y[i]);
}

export function notInterviewer(person: CapturedPerson, everyone: readonly CapturedPerson[], me: Candidate): NotInterviewer | null {
  const email = cleanEmail(person.email ?? '');
  const mine = new Set([...me.emails, me.account ?? ''].map((e) => cleanEmail(e)).filter(Boolean));
  if (email && mine.has(email)) return 'self';
  if (me.name && samePersonName(person.name, me.name)) return 'self';
  if (email && ROBOT.test(email)) return 'robot';
  // A company's invitation that also goes to a personal address: that address is most likely the candidate's.
  const organizer = everyone.find((p) => p.role === 'organizer');
  if (person.role === 'attendee' && isFreeMail(email) && organizer && companyDomainOfEmail(organizer.email)) return 'maybe-self';
  return null;
}

export type IdentityField = 'name' | 'email' | 'profileUrl';
export const IDENTITY_FIELDS: readonly IdentityField[] = ['name', 'email', 'profileUrl'];

/** A captured person's name, email and profile address, cleaned as they would be stored. */
export interface Identity {
  name: string;
  email: string;
  profileUrl: string;
}

export interface KnownPerson {
  contact: Contact;
  /** What made them the same. */
  by: IdentityField;
  /** Whether they are already one of the interview's people. */
  inInterview: boolean;
  /** Identity fields the contact lacks and the capture has: filled in on save. */
  fills: IdentityField[];
  /** Identity fields the contact has and the capture states otherwise: changed only if the user says so. */
  conflicts: IdentityField[];
}

/** @internal exported for its tests */
export function identityDiff(contact: Contact, person: Identity): Pick<KnownPerson, 'fills' | 'conflicts'> {
  const fills: IdentityField[] = [];
  const conflicts: IdentityField[] = [];
  for (const field of IDENTITY_FIELDS) {
    const captured = person[field];
    if (!captured) continue;
    const known = contact[field];
    if (!known) fills.push(field);
    else if (field === 'name' ? !samePersonName(known, captured) && fold(known) !== fold(captured) : known !== captured) conflicts.push(field);
  }
  return { fills, conflicts };
}

/**
 * The stored contact a captured person already is, if any: by email or
 * profile address among the interview's people and every contact sharing one
 * (`known`), else by name among the interview's people only, where a shared
 * name is strong evidence; elsewhere it is not.
 */
export function findKnownPerson(person: Identity, interviewPeople: readonly Contact[], known: readonly Contact[]): KnownPerson | null {
  const inInterview = new Set(interviewPeople.map((c) => c.id));
  const everyone = [...interviewPeople, ...known];
  const found = (contact: Contact | undefined, by: IdentityField): KnownPerson | null =>
    contact ? { contact, by, inInterview: inInterview.has(contact.id), ...identityDiff(contact, person) } : null;
  return (
    (person.email ? found(everyone.find((c) => c.email === person.email), 'email') : null) ??
    (person.profileUrl ? found(everyone.find((c) => c.profileUrl === person.profileUrl), 'profileUrl') : null) ??
    (person.name ? found(interviewPeople.find((c) => samePersonName(c.name, person.name)), 'name') : null)
  );
}
