/**
 * Files what the user confirmed from a capture: the interview (new or
 * existing), the people merged into known contacts, and the links between
 * them, all in one transaction so a failure leaves nothing half-saved.
 */
import { newId } from '../core/ids.ts';
import type { InterviewFields } from '../core/interview-input.ts';
import type { Contact, Interview, Interviewer } from '../core/types.ts';
import { putMergedContact, type ContactFields } from './contacts.ts';
import type { Db } from './open.ts';

export interface FilingInput {
  /** An existing interview to add to, or the fields of a new one. */
  interview: { id: string } | { fields: InterviewFields };
  people: ContactFields[];
  sourceUrl: string;
}

export interface FilingResult {
  interview: Interview;
  contacts: Contact[];
  /** How many of the people were already known and were merged rather than added. */
  merged: number;
}

export async function fileCapture(d: Db, input: FilingInput, now: number): Promise<FilingResult> {
  const tx = d.transaction(['interviews', 'contacts', 'interviewers'], 'readwrite');
  const interviews = tx.objectStore('interviews');
  const contactsStore = tx.objectStore('contacts');
  const links = tx.objectStore('interviewers');

  let interview: Interview;
  if ('id' in input.interview) {
    const existing = await interviews.get(input.interview.id);
    if (!existing) {
      tx.done.catch(() => undefined); // the abort below rejects it; the throw reports why
      tx.abort();
      throw new Error('That interview no longer exists.');
    }
    const sourceUrls = input.sourceUrl && !existing.sourceUrls.includes(input.sourceUrl) ? [...existing.sourceUrls, input.sourceUrl] : existing.sourceUrls;
    interview = { ...existing, sourceUrls, updatedAt: now };
  } else {
    interview = {
      id: newId(),
      ...input.interview.fields,
      sourceUrls: input.sourceUrl ? [input.sourceUrl] : [],
      repliedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }
  await interviews.put(interview);

  const existingLinks = await links.index('interviewId').getAll(interview.id);
  const linked = new Set(existingLinks.map((l) => l.contactId));
  const contacts: Contact[] = [];
  let merged = 0;
  for (const [order, person] of input.people.entries()) {
    // The same person listed twice in one invitation is found in this transaction's own write.
    const { contact, merged: known } = await putMergedContact(contactsStore, person);
    if (known) merged += 1;
    if (!contacts.some((c) => c.id === contact.id)) contacts.push(contact);
    if (!linked.has(contact.id)) {
      linked.add(contact.id);
      const link: Interviewer = { id: newId(), interviewId: interview.id, contactId: contact.id, notes: '', addedAt: now + order };
      await links.put(link);
    }
  }
  await tx.done;
  return { interview, contacts, merged };
}
