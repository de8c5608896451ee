/** Folding two contacts that are the same person into one, and undoing it. */
import type { Contact, Link, Touch } from '../core/types.ts';
import { IDENTITY_FIELDS } from '../core/filing/known-people.ts';
import { mergeContact } from './contacts.ts';
import type { Db } from './open.ts';

/** Everything mergeContacts changed, enough to put it back exactly. */
export interface MergedContacts {
  kept: Contact;
  /** Both records as they were before the merge. */
  before: { kept: Contact; dropped: Contact };
  /** The interviewer links and touchpoints as they were, before they were repointed (or folded). */
  links: Link[];
  touchpoints: Touch[];
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
  if (keptId === droppedId) throw new Error('errMergeSelf');
  const tx = d.transaction(['contacts', 'interviewers', 'touchpoints'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const linkStore = tx.objectStore('interviewers');
  const touchStore = tx.objectStore('touchpoints');
  const [kept, dropped] = await Promise.all([contacts.get(keptId), contacts.get(droppedId)]);
  if (!kept || !dropped) {
    tx.done.catch(() => undefined); // the abort below rejects it; the throw says why
    tx.abort();
    throw new Error('errMergeGone');
  }
  const [keptLinks, droppedLinks, touches] = await Promise.all([
    linkStore.index('contactId').getAll(keptId),
    linkStore.index('contactId').getAll(droppedId),
    touchStore.index('contactId').getAll(droppedId),
  ]);
  // The record the user chose to keep is who the person is; the other only fills its gaps.
  const merged: Contact = { ...mergeContact(dropped, kept, IDENTITY_FIELDS), id: keptId };
  const keptByInterview = new Map(keptLinks.map((l) => [l.interviewId, l]));
  const changedLinks: Link[] = [];
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
