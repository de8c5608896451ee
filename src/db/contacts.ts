/** The contacts store: people, found again by email or profile URL so they are never duplicated. */
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
  put(contact: Contact): Promise<unknown>;
}

/** The stored contact with the same email or the same profile URL, if any. */
export async function findSameContact(store: ContactsStore, person: Pick<Contact, 'email' | 'profileUrl'>): Promise<Contact | undefined> {
  if (person.email) {
    const byEmail = await store.index('email').get(person.email);
    if (byEmail) return byEmail;
  }
  if (person.profileUrl) return store.index('profileUrl').get(person.profileUrl);
  return undefined;
}

/**
 * Merges what was just learned about a person into what was known: a new
 * non-empty value fills a gap or replaces an older one; an empty value never
 * erases what was known.
 */
export function mergeContact(known: Contact, learned: ContactFields): Contact {
  const pick = (next: string, old: string) => (next ? next : old);
  return {
    ...known,
    name: pick(learned.name, known.name),
    title: pick(learned.title, known.title),
    company: pick(learned.company, known.company),
    email: pick(learned.email, known.email),
    profileUrl: pick(learned.profileUrl, known.profileUrl),
    capturedFrom: learned.capturedFrom,
    capturedUrl: learned.capturedUrl || known.capturedUrl,
    capturedAt: learned.capturedAt,
  };
}

/**
 * Stores a person in a transaction the caller holds, merged into the same
 * known contact when there is one. A person met twice in one transaction is
 * found the second time: a transaction reads its own writes.
 */
export async function putMergedContact(store: ContactsStore, fields: ContactFields): Promise<{ contact: Contact; merged: boolean }> {
  const known = await findSameContact(store, fields);
  const contact = known ? mergeContact(known, fields) : { id: newId(), ...fields };
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

export async function updateContact(d: Db, id: string, changes: Partial<ContactFields>): Promise<Contact> {
  const tx = d.transaction('contacts', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error(`No contact ${id}`);
  const next = { ...current, ...changes, id };
  await tx.store.put(next);
  await tx.done;
  return next;
}
