import type { Contact } from '../types.ts';
import type { StoreCounts } from './merge.ts';

export interface ContactsPlan {
  writes: Contact[];
  /** Incoming contact id → the id of the known contact it was folded into. */
  redirects: Map<string, string>;
  merged: number;
}

/**
 * One person from two records: the newer capture's values, except where they are empty.
 * @internal exported for its tests
 */
export function combineContacts(known: Contact, other: Contact): Contact {
  const [older, newer] = other.capturedAt > known.capturedAt ? [known, other] : [other, known];
  const pick = (field: 'name' | 'title' | 'company' | 'email' | 'profileUrl' | 'capturedUrl') => newer[field] || older[field];
  return {
    id: known.id,
    name: pick('name'),
    title: pick('title'),
    company: pick('company'),
    email: pick('email'),
    profileUrl: pick('profileUrl'),
    capturedFrom: newer.capturedFrom,
    capturedUrl: pick('capturedUrl'),
    capturedAt: newer.capturedAt,
  };
}

function sameContact(a: Contact, b: Contact): boolean {
  return (Object.keys(a) as (keyof Contact)[]).every((field) => a[field] === b[field]);
}

/**
 * The contacts part of a merge (see merge.ts): a person is known by id, or
 * failing that by email or profile URL, so the same interviewer captured in two
 * browsers is one contact after the merge.
 */
export function planContacts(stored: readonly Contact[], incoming: readonly Contact[], counts: StoreCounts): ContactsPlan {
  const byId = new Map(stored.map((c) => [c.id, c]));
  const byEmail = new Map<string, Contact>();
  const byProfile = new Map<string, Contact>();
  const remember = (c: Contact) => {
    byId.set(c.id, c);
    if (c.email) byEmail.set(c.email, c);
    if (c.profileUrl) byProfile.set(c.profileUrl, c);
  };
  stored.forEach(remember);

  const writes = new Map<string, Contact>();
  const redirects = new Map<string, string>();
  let merged = 0;
  for (const contact of incoming) {
    const sameId = byId.get(contact.id);
    const samePerson = sameId
      ? undefined
      : (contact.email && byEmail.get(contact.email)) || (contact.profileUrl && byProfile.get(contact.profileUrl)) || undefined;
    let next: Contact | null = contact;
    if (sameId) next = contact.capturedAt > sameId.capturedAt ? contact : null;
    else if (samePerson) {
      merged += 1;
      redirects.set(contact.id, samePerson.id);
      const combined = combineContacts(samePerson, contact);
      next = sameContact(combined, samePerson) ? null : combined;
    }
    if (!next) {
      counts.unchanged += 1;
      continue;
    }
    counts[sameId || samePerson ? 'updated' : 'added'] += 1;
    remember(next);
    writes.set(next.id, next);
  }
  return { writes: [...writes.values()], redirects, merged };
}
