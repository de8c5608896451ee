// Repairs to people, kept apart from the stores' everyday reads so the popup opens without them.
import { isPending } from '../core/cadence/touch-state.ts';
import type { Contact, Link, Touch } from '../core/types.ts';
import type { LinkedContact } from './links.ts';
import type { Db } from './open.ts';

/** People taken off interviews, with the touches they were owed, enough to put back exactly. */
export interface TakenOff {
  links: Link[];
  touchpoints: Touch[];
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
  const links = (await Promise.all(linkIds.map((id) => linkStore.get(id)))).filter((l): l is Link => l !== undefined);
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
export async function linksOfAddresses(d: Db, emails: readonly string[]): Promise<LinkedContact[]> {
  const tx = d.transaction(['contacts', 'interviewers']);
  const contacts = (await Promise.all(emails.map((email) => tx.objectStore('contacts').index('email').getAll(email)))).flat();
  const links = await Promise.all(contacts.map((c) => tx.objectStore('interviewers').index('contactId').getAll(c.id)));
  await tx.done;
  return contacts.flatMap((contact, i) => links[i]!.map((link) => ({ link, contact })));
}

/** Who a contact is and what they do, as the user edits them. */
export type ContactEdit = Pick<Contact, 'name' | 'title' | 'email' | 'profileUrl'>;

export type EditResult = { ok: true; contact: Contact } | { ok: false; field: 'email' | 'profileUrl'; takenBy: Contact };

/**
 * Saves the user's edit of a contact. An email or profile address that
 * another contact already has is refused, naming that contact: two records
 * would then be one person, which the People page merges.
 */
export async function editContact(d: Db, id: string, edit: ContactEdit): Promise<EditResult> {
  const tx = d.transaction('contacts', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    throw new Error('errPersonGone');
  }
  for (const field of ['email', 'profileUrl'] as const) {
    const other = edit[field] ? await tx.store.index(field).getAll(edit[field]) : [];
    const takenBy = other.find((c) => c.id !== id);
    if (takenBy) {
      await tx.done;
      return { ok: false, field, takenBy };
    }
  }
  const contact: Contact = { ...current, ...edit, id };
  await tx.store.put(contact);
  await tx.done;
  return { ok: true, contact };
}

/**
 * Deletes a contact who is on no interview and was never written to; their
 * record is returned for undo. Anyone else is kept (null): their links and
 * messages would point at nobody.
 */
export async function deleteContact(d: Db, id: string): Promise<Contact | null> {
  const tx = d.transaction(['contacts', 'interviewers', 'touchpoints'], 'readwrite');
  const [contact, links, touches] = await Promise.all([
    tx.objectStore('contacts').get(id),
    tx.objectStore('interviewers').index('contactId').count(id),
    tx.objectStore('touchpoints').index('contactId').count(id),
  ]);
  if (!contact || links > 0 || touches > 0) {
    await tx.done;
    return null;
  }
  await tx.objectStore('contacts').delete(id);
  await tx.done;
  return contact;
}

export async function restoreContact(d: Db, contact: Contact): Promise<void> {
  await d.put('contacts', contact);
}
