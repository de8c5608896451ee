import { fold } from '../../core/tidbits/words.ts';
import type { Contact, Id, Link } from '../../core/types.ts';

export interface PersonEntry {
  contact: Contact;
  interviews: number;
  haystack: string;
}

export function buildPeople(contacts: readonly Contact[], links: readonly Link[]): PersonEntry[] {
  const count = new Map<Id, number>();
  for (const link of links) count.set(link.contactId, (count.get(link.contactId) ?? 0) + 1);
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return contacts
    .map((contact) => ({
      contact,
      interviews: count.get(contact.id) ?? 0,
      haystack: fold([contact.name, contact.title, contact.company, contact.email].join('\n')),
    }))
    .sort((a, b) => collator.compare(a.contact.name, b.contact.name) || (a.contact.id < b.contact.id ? -1 : 1));
}

export function searchPeople(people: readonly PersonEntry[], query: string): PersonEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.length === 0 ? [...people] : people.filter((p) => words.every((w) => p.haystack.includes(w)));
}

const nameKey = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Pairs that are probably one person (the same name, ignoring case, accents and spacing, or the same address), each pair once, in list order. */
export function likelyDuplicates(people: readonly PersonEntry[], max = 20): [PersonEntry, PersonEntry][] {
  const firstBy = new Map<string, PersonEntry>();
  const pairs: [PersonEntry, PersonEntry][] = [];
  for (const person of people) {
    const keys = [`n:${nameKey(person.contact.name)}`, person.contact.email ? `e:${person.contact.email}` : ''].filter((k) => k.length > 2);
    const earlier = keys.map((k) => firstBy.get(k)).find(Boolean);
    if (earlier && pairs.length < max) pairs.push([earlier, person]);
    for (const k of keys) if (!firstBy.has(k)) firstBy.set(k, person);
  }
  return pairs;
}
