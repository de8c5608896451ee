// Loaded when first needed, so the popup opens without it. Each write tells the background, which re-plans the interviews it touched.
import { profileUrlOf } from '../capture/linkedin-url.ts';
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../core/text.ts';
import type { Contact } from '../core/types.ts';
import { deleteContact, editContact, putBack, restoreContact, takeOff, type TakenOff } from '../db/people.ts';
import { validatePerson, type PersonForm } from '../core/person-input.ts';
import type { PersonErrors } from './interviewer-actions.ts';
import { write } from '../db/write.ts';

/** A profile address as typed: LinkedIn's many forms become one; another site's page is kept; '' stays ''; null when it is no address. */
export function readProfileUrl(text: string): string | null {
  const typed = cleanLine(text, LIMITS.url);
  if (!typed) return '';
  const withScheme = /^https?:\/\//i.test(typed) ? typed : `https://${typed}`;
  const url = profileUrlOf(withScheme) ?? cleanHttpUrl(withScheme);
  return url && new URL(url).hostname.includes('.') ? url : null;
}

export type EditOutcome = { ok: true; contact: Contact } | { ok: false; errors: PersonErrors };

/** Saves the user's correction of a contact: their name, title, email and profile address. */
export async function editPerson(contactId: string, form: PersonForm): Promise<EditOutcome> {
  const errors = validatePerson(form);
  const profileUrl = readProfileUrl(form.profileUrl ?? '');
  if (profileUrl === null) errors.profileUrl = 'errProfileInvalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const result = await write(
    ['contacts'],
    (d) =>
      editContact(d, contactId, {
        name: cleanLine(form.name, LIMITS.name),
        title: cleanLine(form.title, LIMITS.title),
        email: cleanEmail(form.email),
        profileUrl: profileUrl ?? '',
      }),
    (edited) => (edited.ok ? undefined : false),
  );
  if (!result.ok) {
    const key = result.field === 'email' ? 'errEmailTaken' : 'errProfileTaken';
    return { ok: false, errors: { [result.field]: { key, substitutions: [result.takenBy.name || result.takenBy.email] } } };
  }
  return result;
}

const interviewsOf = (taken: TakenOff) => [...new Set(taken.links.map((l) => l.interviewId))];

/** Takes people off interviews: their planned touches go, what was sent stays. */
export async function takeOffInterview(linkIds: readonly string[]): Promise<TakenOff> {
  return write(['interviewers', 'touchpoints'], (d) => takeOff(d, linkIds), interviewsOf);
}

export async function undoTakeOff(taken: TakenOff): Promise<void> {
  await write(['interviewers', 'touchpoints'], (d) => putBack(d, taken), () => interviewsOf(taken));
}

/** Deletes a contact on no interview; null when they are on one (or were written to) and were kept. */
export async function deletePerson(contactId: string): Promise<Contact | null> {
  return write(['contacts'], (d) => deleteContact(d, contactId), (deleted) => (deleted ? undefined : false));
}

export async function undoDeletePerson(contact: Contact): Promise<void> {
  await write(['contacts'], (d) => restoreContact(d, contact));
}

