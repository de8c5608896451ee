/** The contacts store: people, found again by email or profile URL so they are never duplicated. */
import type { IdentityField } from '../core/filing/known-people.ts';
import { newId } from '../core/ids.ts';
import type { Contact } from '../core/types.ts';
import type { Db } from './open.ts';

export type ContactFields = Omit<Contact, 'id'>;

export function listContacts(d: Db): Promise<Contact[]> {
  return d.getAll('contacts');
}

/** The contacts store as a transaction sees it (readwrite, so a merge reads and writes at once). */
export interface ContactsStore {
  index(name: 'email' | 'profileUrl'): { get(key: string): Promise<Contact | undefined> };
  get(id: string): Promise<Contact | undefined>;
  put(contact: Contact): Promise<unknown>;
}

/** The stored contact with the same email or the same profile URL, if any. */
async function findSameContact(store: ContactsStore, person: Pick<Contact, 'email' | 'profileUrl'>): Promise<Contact | undefined> {
  if (person.email) {
    const byEmail = await store.index('email').get(person.email);
    if (byEmail) return byEmail;
  }
  if (person.profileUrl) return store.index('profileUrl').get(person.profileUrl);
  return undefined;
}

/**
 * Merges what was just learned about a person into what was known. Who they
 * are (name, email, profile address) is only filled in where it was missing,
 * and replaced only where `accept` names the field: the user said so. A page
 * may claim anyone's profile; it may not rename them or redirect their mail.
 * Their title and company follow the latest capture. An empty value never
 * erases what was known.
 */
export function mergeContact(known: Contact, learned: ContactFields, accept: readonly IdentityField[] = []): Contact {
  const pick = (next: string, old: string) => (next ? next : old);
  const identity = (field: IdentityField) => (known[field] && !accept.includes(field) ? known[field] : pick(learned[field], known[field]));
  return {
    ...known,
    name: identity('name'),
    title: pick(learned.title, known.title),
    company: pick(learned.company, known.company),
    email: identity('email'),
    profileUrl: identity('profileUrl'),
    capturedFrom: learned.capturedFrom,
    capturedUrl: learned.capturedUrl || known.capturedUrl,
    capturedAt: learned.capturedAt,
  };
}

/** Which stored contact a person is, when the caller knows (the review matched them), and what of who they are may change. */
export interface MergeChoice {
  contactId?: string | null;
  accept?: readonly IdentityField[];
}

/**
 * Stores a person in a transaction the caller holds, merged into the contact
 * the caller names, else into the same known contact when there is one. A
 * person met twice in one transaction is found the second time: a
 * transaction reads its own writes.
 */
export async function putMergedContact(store: ContactsStore, fields: ContactFields, choice: MergeChoice = {}): Promise<{ contact: Contact; merged: boolean }> {
  const named = choice.contactId ? await store.get(choice.contactId) : undefined;
  const known = named ?? (await findSameContact(store, fields));
  const contact = known ? mergeContact(known, fields, choice.accept) : { id: newId(), ...fields };
  await store.put(contact);
  return { contact, merged: known !== undefined };
}

/** Stores a person, merged into the same known contact when there is one, in one transaction. */
export async function upsertContact(d: Db, fields: ContactFields): Promise<Contact> {
  const tx = d.transaction('contacts', 'readwrite');
  const { contact } = await putMergedContact(tx.store, fields);
  await tx.done;
  return contact;
}
