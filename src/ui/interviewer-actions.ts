/**
 * What the pages do to the people of an interview: add one by hand, correct
 * who someone is, take someone off (and put them back), delete a contact who
 * is on no interview, and the notes jotted about them. Each write tells the
 * background, which re-plans the interviews it touched.
 */
import { profileUrlOf } from '../capture/linkedin-url.ts';
import { cleanBlock, cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../core/text.ts';
import type { Contact } from '../core/types.ts';
import { deleteContact, editContact, restoreContact, upsertContact } from '../db/contacts.ts';
import { addInterviewer, putBack, setInterviewerNotes, takeOff, type TakenOff } from '../db/interviewers.ts';
import { updateInterview } from '../db/interviews.ts';
import { db } from '../db/open.ts';
import { notifyChanged } from './notify-changed.ts';

export interface PersonForm {
  name: string;
  title: string;
  email: string;
  /** Only the editor shows it; adding by hand leaves it empty. */
  profileUrl?: string;
}

/** Message keys by field; `taken` names who already has the address. */
export type PersonErrors = Partial<Record<keyof PersonForm, string>> & { takenBy?: string };

/** A profile address as typed: LinkedIn's many forms become one; another site's page is kept; '' stays ''; null when it is no address. */
export function readProfileUrl(text: string): string | null {
  const typed = cleanLine(text, LIMITS.url);
  if (!typed) return '';
  const withScheme = /^https?:\/\//i.test(typed) ? typed : `https://${typed}`;
  return profileUrlOf(withScheme) ?? (cleanHttpUrl(withScheme) || null);
}

export function validatePerson(form: PersonForm): PersonErrors {
  const errors: PersonErrors = {};
  const name = cleanLine(form.name, Infinity);
  if (!name) errors.name = 'errNameRequired';
  else if (name.length > LIMITS.name) errors.name = 'errTooLong';
  if (cleanLine(form.title, Infinity).length > LIMITS.title) errors.title = 'errTooLong';
  if (form.email.trim() && !cleanEmail(form.email)) errors.email = 'errEmailInvalid';
  if (form.profileUrl && readProfileUrl(form.profileUrl) === null) errors.profileUrl = 'errProfileInvalid';
  return errors;
}

export async function addPersonByHand(interviewId: string, company: string, form: PersonForm): Promise<PersonErrors> {
  const errors = validatePerson(form);
  if (Object.keys(errors).length > 0) return errors;
  const d = await db();
  const now = Date.now();
  const contact = await upsertContact(d, {
    name: cleanLine(form.name, LIMITS.name),
    title: cleanLine(form.title, LIMITS.title),
    company,
    email: cleanEmail(form.email),
    profileUrl: readProfileUrl(form.profileUrl ?? '') ?? '',
    capturedFrom: 'manual',
    capturedUrl: '',
    capturedAt: now,
  });
  await addInterviewer(d, interviewId, contact.id, now);
  await notifyChanged(['contacts', 'interviewers'], [interviewId]);
  return {};
}

export type EditOutcome = { ok: true; contact: Contact } | { ok: false; errors: PersonErrors };

/** Saves the user's correction of a contact: their name, title, email and profile address. */
export async function editPerson(contactId: string, form: PersonForm): Promise<EditOutcome> {
  const errors = validatePerson(form);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const result = await editContact(await db(), contactId, {
    name: cleanLine(form.name, LIMITS.name),
    title: cleanLine(form.title, LIMITS.title),
    email: cleanEmail(form.email),
    profileUrl: readProfileUrl(form.profileUrl ?? '') ?? '',
  });
  if (!result.ok) {
    const key = result.field === 'email' ? 'errEmailTaken' : 'errProfileTaken';
    return { ok: false, errors: { [result.field]: key, takenBy: result.takenBy.name || result.takenBy.email } };
  }
  await notifyChanged(['contacts']);
  return result;
}

/** Takes people off interviews: their planned touches go, what was sent stays. */
export async function takeOffInterview(linkIds: readonly string[]): Promise<TakenOff> {
  const taken = await takeOff(await db(), linkIds);
  await notifyChanged(['interviewers', 'touchpoints'], [...new Set(taken.links.map((l) => l.interviewId))]);
  return taken;
}

export async function undoTakeOff(taken: TakenOff): Promise<void> {
  await putBack(await db(), taken);
  await notifyChanged(['interviewers', 'touchpoints'], [...new Set(taken.links.map((l) => l.interviewId))]);
}

/** Deletes a contact on no interview; null when they are on one (or were written to) and were kept. */
export async function deletePerson(contactId: string): Promise<Contact | null> {
  const deleted = await deleteContact(await db(), contactId);
  if (deleted) await notifyChanged(['contacts']);
  return deleted;
}

export async function undoDeletePerson(contact: Contact): Promise<void> {
  await restoreContact(await db(), contact);
  await notifyChanged(['contacts']);
}

export async function saveInterviewerNotes(linkId: string, text: string): Promise<void> {
  await setInterviewerNotes(await db(), linkId, cleanBlock(text));
}

export async function saveInterviewNotes(interviewId: string, text: string): Promise<void> {
  await updateInterview(await db(), interviewId, { notes: cleanBlock(text) }, Date.now());
}
