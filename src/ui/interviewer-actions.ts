// Correcting, taking off and deleting people is in people-actions.ts, which pages load when it is first needed.
import { cleanBlock, cleanEmail, cleanLine, LIMITS } from '../core/text.ts';
import { loadDbCode } from './use-loaded.ts';
import type { FieldProblem } from './use-form.ts';

export interface PersonForm {
  name: string;
  title: string;
  email: string;
  /** Only the editor shows it; adding by hand leaves it empty. */
  profileUrl?: string;
}

/** The problem of each field, as useForm reports it: a message key, with its substitutions when it has some. */
export type PersonErrors = Partial<Record<keyof PersonForm, FieldProblem>>;

export function validatePerson(form: PersonForm): PersonErrors {
  const errors: PersonErrors = {};
  const name = cleanLine(form.name, Infinity);
  if (!name) errors.name = 'errNameRequired';
  else if (name.length > LIMITS.name) errors.name = 'errTooLong';
  if (cleanLine(form.title, Infinity).length > LIMITS.title) errors.title = 'errTooLong';
  if (form.email.trim() && !cleanEmail(form.email)) errors.email = 'errEmailInvalid';
  return errors;
}

export async function addPersonByHand(interviewId: string, company: string, form: PersonForm): Promise<PersonErrors> {
  const errors = validatePerson(form);
  if (Object.keys(errors).length > 0) return errors;
  const now = Date.now();
  const { write, upsertContact, addLink } = await loadDbCode();
  await write(
    ['contacts', 'interviewers'],
    async (d) => {
      const contact = await upsertContact(d, {
        name: cleanLine(form.name, LIMITS.name),
        title: cleanLine(form.title, LIMITS.title),
        company,
        email: cleanEmail(form.email),
        profileUrl: '',
        capturedFrom: 'manual',
        capturedUrl: '',
        capturedAt: now,
      });
      await addLink(d, interviewId, contact.id, now);
    },
    () => [interviewId],
  );
  return {};
}

export async function saveLinkNotes(linkId: string, text: string): Promise<void> {
  const { db, setLinkNotes } = await loadDbCode();
  await setLinkNotes(await db(), linkId, cleanBlock(text));
}

export async function saveInterviewNotes(interviewId: string, text: string): Promise<void> {
  const { db, updateInterview } = await loadDbCode();
  await updateInterview(await db(), interviewId, { notes: cleanBlock(text) }, Date.now());
}
