/** The interviewers store: which contact sat on which interview, and what was noted about them. */
import { newId } from '../core/ids.ts';
import type { Contact, Link } from '../core/types.ts';
import type { Db } from './open.ts';

export interface LinkedContact {
  link: Link;
  contact: Contact;
}

/** The two stores that hold an interview's people, in a transaction that may span more. */
export interface PeopleStores {
  links: { getAll(interviewId: string): Promise<Link[]> };
  contacts: { get(id: string): Promise<Contact | undefined> };
}

/** The interviewers of one interview with their contact records, in the order they were added. */
export async function readLinkedContacts(stores: PeopleStores, interviewId: string): Promise<LinkedContact[]> {
  const links = (await stores.links.getAll(interviewId)).sort((a, b) => a.addedAt - b.addedAt);
  // All contacts requested at once: one round trip to the database, not one per person.
  const contacts = await Promise.all(links.map((link) => stores.contacts.get(link.contactId)));
  return links.flatMap((link, i) => (contacts[i] ? [{ link, contact: contacts[i] }] : []));
}

export async function listLinkedContacts(d: Db, interviewId: string): Promise<LinkedContact[]> {
  const tx = d.transaction(['interviewers', 'contacts']);
  const result = await readLinkedContacts({ links: tx.objectStore('interviewers').index('interviewId'), contacts: tx.objectStore('contacts') }, interviewId);
  await tx.done;
  return result;
}

/** Links a contact to an interview once; linking again returns the existing link. */
export async function addLink(d: Db, interviewId: string, contactId: string, now: number): Promise<Link> {
  const tx = d.transaction('interviewers', 'readwrite');
  const existing = (await tx.store.index('interviewId').getAll(interviewId)).find((l) => l.contactId === contactId);
  if (existing) {
    await tx.done;
    return existing;
  }
  const link: Link = { id: newId(), interviewId, contactId, notes: '', addedAt: now };
  await tx.store.add(link);
  await tx.done;
  return link;
}

export async function setLinkNotes(d: Db, linkId: string, notes: string): Promise<void> {
  const tx = d.transaction('interviewers', 'readwrite');
  const link = await tx.store.get(linkId);
  if (!link) throw new Error('errInterviewerGone');
  await tx.store.put({ ...link, notes });
  await tx.done;
}
