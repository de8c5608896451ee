import type { IdentityField } from '../core/filing/known-people.ts';
import { newId } from '../core/ids.ts';
import type { InterviewFields } from '../core/interview-input.ts';
import type { Capture } from '../core/capture/capture.ts';
import { isOpenInterview, type Contact, type Interview, type Link } from '../core/types.ts';
import { putMergedContact, type ContactFields } from './contacts.ts';
import { readLinkedContacts } from './links.ts';
import type { Db } from './open.ts';

export interface FiledPerson {
  fields: ContactFields;
  /** The stored contact the review matched them to, if any. */
  contactId?: string | null;
  /** What of who a known contact is (name, email, profile address) the user agreed to change. */
  accept?: readonly IdentityField[];
}

export interface FilingInput {
  /** An existing interview to add to (with the changes the user accepted), or the fields of a new one. */
  interview: { id: string; changes?: Partial<InterviewFields> } | { fields: InterviewFields };
  people: FiledPerson[];
  sourceUrl: string;
}

export interface FilingResult {
  interview: Interview;
  contacts: Contact[];
  /** How many of the people were already known and were merged rather than added. */
  merged: number;
}

/** What the review weighs a capture against: the interviews, the open ones' people, and the contacts sharing an address with someone captured. */
export interface StoredForFiling {
  interviews: Interview[];
  people: Map<string, Contact[]>;
  known: Contact[];
}

export async function readForFiling(d: Db, capture: Capture): Promise<StoredForFiling> {
  const tx = d.transaction(['interviews', 'interviewers', 'contacts']);
  const contactStore = tx.objectStore('contacts');
  const stores = { links: tx.objectStore('interviewers').index('interviewId'), contacts: contactStore };
  const interviews = await tx.objectStore('interviews').getAll();
  const open = interviews.filter(isOpenInterview);
  const [linked, known] = await Promise.all([
    Promise.all(open.map((i) => readLinkedContacts(stores, i.id))),
    Promise.all(
      capture.people.flatMap((p) => [
        p.email ? contactStore.index('email').getAll(p.email) : [],
        p.profileUrl ? contactStore.index('profileUrl').getAll(p.profileUrl) : [],
      ]),
    ),
  ]);
  await tx.done;
  const people = new Map(open.map((interview, i) => [interview.id, linked[i]!.map((p) => p.contact)]));
  return { interviews, people, known: [...new Map(known.flat().map((c) => [c.id, c])).values()] };
}

/**
 * Files what the user confirmed from a capture: the interview (new, or an
 * existing one with what the capture fills in or changes), the people merged
 * into known contacts, and the links between them, all in one transaction so
 * a failure leaves nothing half-saved.
 */
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
      throw new Error('errInterviewGone');
    }
    const sourceUrls = input.sourceUrl && !existing.sourceUrls.includes(input.sourceUrl) ? [...existing.sourceUrls, input.sourceUrl] : existing.sourceUrls;
    interview = { ...existing, ...input.interview.changes, id: existing.id, sourceUrls, updatedAt: now };
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
    const { contact, merged: known } = await putMergedContact(contactsStore, person.fields, person);
    if (known) merged += 1;
    if (!contacts.some((c) => c.id === contact.id)) contacts.push(contact);
    if (!linked.has(contact.id)) {
      linked.add(contact.id);
      const link: Link = { id: newId(), interviewId: interview.id, contactId: contact.id, notes: '', addedAt: now + order };
      await links.put(link);
    }
  }
  await tx.done;
  return { interview, contacts, merged };
}
