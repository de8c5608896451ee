/** The contacts store: people, found again by email or profile URL so they are never duplicated. */
import { newId } from '../core/ids.ts';
import type { Contact, Interviewer, Touchpoint } from '../core/types.ts';
import type { Db } from './open.ts';

export type ContactFields = Omit<Contact, 'id'>;

export function getContact(d: Db, id: string): Promise<Contact | undefined> {
  return d.get('contacts', id);
}

export function listContacts(d: Db): Promise<Contact[]> {
  return d.getAll('contacts');
}

/** The stored contact with the same email or the same profile URL, if any. */
export async function findSameContact(d: Db, person: Pick<Contact, 'email' | 'profileUrl'>): Promise<Contact | undefined> {
  if (person.email) {
    const byEmail = await d.getFromIndex('contacts', 'email', person.email);
    if (byEmail) return byEmail;
  }
  if (person.profileUrl) return d.getFromIndex('contacts', 'profileUrl', person.profileUrl);
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

/** Stores a person, merged into the same known contact when there is one. */
export async function upsertContact(d: Db, fields: ContactFields): Promise<Contact> {
  const known = await findSameContact(d, fields);
  const contact = known ? mergeContact(known, fields) : { id: newId(), ...fields };
  await d.put('contacts', contact);
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

/** Everything mergeContacts changed, enough to put it back exactly. */
export interface MergedContacts {
  kept: Contact;
  /** Both records as they were before the merge. */
  before: { kept: Contact; dropped: Contact };
  /** The interviewer links and touchpoints as they were, before they were repointed (or folded). */
  links: Interviewer[];
  touchpoints: Touchpoint[];
}

/** Two notes about one person, each kept once. */
function joinNotes(a: string, b: string): string {
  if (!b || a.includes(b)) return a;
  if (!a) return b;
  return `${a}\n\n${b}`;
}

/**
 * Folds `droppedId` into `keptId` when the user says two contacts are the same
 * person: the kept record's values stay and its gaps take the other's, every
 * interviewer link and touchpoint of the dropped contact is repointed to the
 * kept one, and a link to an interview the kept contact already sat on is
 * folded into that link, notes and all. One transaction: all of it or none.
 */
export async function mergeContacts(d: Db, keptId: string, droppedId: string): Promise<MergedContacts> {
  if (keptId === droppedId) throw new Error('A contact cannot be merged with itself.');
  const tx = d.transaction(['contacts', 'interviewers', 'touchpoints'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const linkStore = tx.objectStore('interviewers');
  const touchStore = tx.objectStore('touchpoints');
  const [kept, dropped] = await Promise.all([contacts.get(keptId), contacts.get(droppedId)]);
  if (!kept || !dropped) {
    tx.done.catch(() => undefined); // the abort below rejects it; the throw says why
    tx.abort();
    throw new Error('One of these contacts no longer exists.');
  }
  const [keptLinks, droppedLinks, touches] = await Promise.all([
    linkStore.index('contactId').getAll(keptId),
    linkStore.index('contactId').getAll(droppedId),
    touchStore.index('contactId').getAll(droppedId),
  ]);
  const { id: _keptId, ...keptFields } = kept;
  const merged: Contact = { ...mergeContact(dropped, keptFields), id: keptId };
  const keptByInterview = new Map(keptLinks.map((l) => [l.interviewId, l]));
  const changedLinks: Interviewer[] = [];
  // Requests are queued without awaiting each one; a failure aborts the transaction.
  const writes: Promise<unknown>[] = [];
  for (const link of droppedLinks) {
    const same = keptByInterview.get(link.interviewId);
    changedLinks.push(link);
    if (same) {
      const notes = joinNotes(same.notes, link.notes);
      if (notes !== same.notes) {
        changedLinks.push(same);
        writes.push(linkStore.put({ ...same, notes }));
      }
      writes.push(linkStore.delete(link.id));
    } else writes.push(linkStore.put({ ...link, contactId: keptId }));
  }
  for (const touch of touches) writes.push(touchStore.put({ ...touch, contactId: keptId }));
  writes.push(contacts.put(merged), contacts.delete(droppedId));
  await Promise.all(writes);
  await tx.done;
  return { kept: merged, before: { kept, dropped }, links: changedLinks, touchpoints: touches };
}

/** Undoes mergeContacts, in one transaction. */
export async function undoMergeContacts(d: Db, merge: MergedContacts): Promise<void> {
  const tx = d.transaction(['contacts', 'interviewers', 'touchpoints'], 'readwrite');
  const writes: Promise<unknown>[] = [
    tx.objectStore('contacts').put(merge.before.kept),
    tx.objectStore('contacts').put(merge.before.dropped),
    ...merge.links.map((link) => tx.objectStore('interviewers').put(link)),
    ...merge.touchpoints.map((touch) => tx.objectStore('touchpoints').put(touch)),
  ];
  await Promise.all(writes);
  await tx.done;
}
