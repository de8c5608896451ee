// Correcting, taking off and deleting people is in people-actions.ts, which pages load when it is first needed.
import { validatePerson, type PersonForm } from '../core/person-input.ts';
import { cleanBlock, cleanEmail, cleanLine, LIMITS } from '../core/text.ts';
import { openDb } from './use-loaded.ts';
import type { FieldProblem } from './form.tsx';

/** The problem of each field, as useForm reports it: a message key, with its substitutions when it has some. */
export type PersonErrors = Partial<Record<keyof PersonForm, FieldProblem>>;

export async function addPersonByHand(interviewId: string, company: string, form: PersonForm): Promise<PersonErrors> {
  const errors = validatePerson(form);
  if (Object.keys(errors).length > 0) return errors;
  const now = Date.now();
  const { write, upsertContact, addLink } = await import('./db-code.ts');
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
  const [{ setLinkNotes }, d] = await Promise.all([import('./db-code.ts'), openDb()]);
  await setLinkNotes(d, linkId, cleanBlock(text));
}

export async function saveInterviewNotes(interviewId: string, text: string): Promise<void> {
  const [{ updateInterview }, d] = await Promise.all([import('./db-code.ts'), openDb()]);
  await updateInterview(d, interviewId, { notes: cleanBlock(text) }, Date.now());
}
