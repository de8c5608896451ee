/** The interviewers store: which contact sat on which interview, and what was noted about them. */
import { newId } from '../core/ids.ts';
import { isPending } from '../core/cadence/touch-state.ts';
import type { Contact, Interviewer, Touchpoint } from '../core/types.ts';
import type { Db } from './open.ts';

export interface InterviewerWithContact {
  link: Interviewer;
  contact: Contact;
}

/** The two stores that hold an interview's people, in a transaction that may span more. */
export interface PeopleStores {
  links: { getAll(interviewId: string): Promise<Interviewer[]> };
  contacts: { get(id: string): Promise<Contact | undefined> };
}

/** The interviewers of one interview with their contact records, in the order they were added. */
export async function readInterviewers(stores: PeopleStores, interviewId: string): Promise<InterviewerWithContact[]> {
  const links = (await stores.links.getAll(interviewId)).sort((a, b) => a.addedAt - b.addedAt);
  // All contacts requested at once: one round trip to the database, not one per person.
  const contacts = await Promise.all(links.map((link) => stores.contacts.get(link.contactId)));
  return links.flatMap((link, i) => (contacts[i] ? [{ link, contact: contacts[i] }] : []));
}

export async function listInterviewers(d: Db, interviewId: string): Promise<InterviewerWithContact[]> {
  const tx = d.transaction(['interviewers', 'contacts']);
  const result = await readInterviewers({ links: tx.objectStore('interviewers').index('interviewId'), contacts: tx.objectStore('contacts') }, interviewId);
  await tx.done;
  return result;
}

/** Links a contact to an interview once; linking again returns the existing link. */
export async function addInterviewer(d: Db, interviewId: string, contactId: string, now: number): Promise<Interviewer> {
  const tx = d.transaction('interviewers', 'readwrite');
  const existing = (await tx.store.index('interviewId').getAll(interviewId)).find((l) => l.contactId === contactId);
  if (existing) {
    await tx.done;
    return existing;
  }
  const link: Interviewer = { id: newId(), interviewId, contactId, notes: '', addedAt: now };
  await tx.store.add(link);
  await tx.done;
  return link;
}

export async function setInterviewerNotes(d: Db, linkId: string, notes: string): Promise<void> {
  const tx = d.transaction('interviewers', 'readwrite');
  const link = await tx.store.get(linkId);
  if (!link) throw new Error(`No interviewer ${linkId}`);
  await tx.store.put({ ...link, notes });
  await tx.done;
}

/** People taken off interviews, with the touches they were owed, enough to put back exactly. */
export interface TakenOff {
  links: Interviewer[];
  touchpoints: Touchpoint[];
}

/**
 * Takes people off interviews (by link) in one transaction: each link goes,
 * with the touches still planned for that person on that interview. What was
 * sent stays: it is history, and the person's record stays too.
 */
export async function takeOff(d: Db, linkIds: readonly string[]): Promise<TakenOff> {
  const tx = d.transaction(['interviewers', 'touchpoints'], 'readwrite');
  const linkStore = tx.objectStore('interviewers');
  const touchStore = tx.objectStore('touchpoints');
  const links = (await Promise.all(linkIds.map((id) => linkStore.get(id)))).filter((l): l is Interviewer => l !== undefined);
  const owed = await Promise.all(links.map((link) => touchStore.index('contactId').getAll(link.contactId)));
  const touchpoints = links.flatMap((link, i) => owed[i]!.filter((t) => t.interviewId === link.interviewId && isPending(t)));
  // Requests are queued without awaiting each one; a failure aborts the transaction.
  await Promise.all([...links.map((l) => linkStore.delete(l.id)), ...touchpoints.map((t) => touchStore.delete(t.id))]);
  await tx.done;
  return { links, touchpoints };
}

/** Undoes takeOff, in one transaction. */
export async function putBack(d: Db, taken: TakenOff): Promise<void> {
  const tx = d.transaction(['interviewers', 'touchpoints'], 'readwrite');
  await Promise.all([
    ...taken.links.map((l) => tx.objectStore('interviewers').put(l)),
    ...taken.touchpoints.map((t) => tx.objectStore('touchpoints').put(t)),
  ]);
  await tx.done;
}

/** The links of every contact with one of these addresses: where the candidate was filed as an interviewer. */
export async function linksOfAddresses(d: Db, emails: readonly string[]): Promise<InterviewerWithContact[]> {
  const tx = d.transaction(['contacts', 'interviewers']);
  const contacts = (await Promise.all(emails.map((email) => tx.objectStore('contacts').index('email').getAll(email)))).flat();
  const links = await Promise.all(contacts.map((c) => tx.objectStore('interviewers').index('contactId').getAll(c.id)));
  await tx.done;
  return contacts.flatMap((contact, i) => links[i]!.map((link) => ({ link, contact })));
}
