/**
 * A deterministic, realistic data set for tests and the benchmark: every store
 * filled, every reference consistent (each link and touchpoint names a real
 * interview and contact, each tidbit a real interview or none), names in
 * several scripts, notes with quotes, commas, line breaks and emoji. The same
 * options give the same records, byte for byte.
 */
import { unwrap } from 'idb';
import type { BackupData, RecordStore } from '../../src/core/backup/backup-file.ts';
import {
  DEFAULT_SETTINGS,
  type CaptureSource,
  type Contact,
  type Interview,
  type InterviewStatus,
  type Link,
  type Template,
  type Tidbit,
  type Touch,
} from '../../src/core/types.ts';
import type { Db } from '../../src/db/open.ts';
import { STORE_NAMES } from '../../src/db/schema.ts';
import { ARTICLES, COMPANIES, CULTURES, NOTES, ROLES, TITLES, TOPICS } from './pools.ts';
import { seededRandom, type Random } from './prng.ts';

export interface DatasetOptions {
  interviews: number;
  /** The number of contacts; defaults to `contactsPerInterview` × interviews. */
  contacts?: number;
  contactsPerInterview?: number;
  tidbits?: number;
  touchpoints?: number;
  templates?: number;
  seed: number;
  /** "Today" for the data set; fixed by default so the data never depends on the clock. */
  now?: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SEED_NOW = Date.UTC(2026, 0, 15, 10, 0);

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

function notes(random: Random, max: number): string {
  return Array.from({ length: random.int(1, max) }, () => random.pick(NOTES)).join('\n');
}

function makeInterviews(random: Random, count: number, now: number): Interview[] {
  const interviews: Interview[] = [];
  for (let i = 0; i < count; i += 1) {
    const earlier = i > 0 && random.chance(0.2) ? interviews[random.int(0, i - 1)]! : null;
    const start = earlier
      ? earlier.start + random.int(5, 20) * DAY
      : now - random.int(0, 180) * DAY - (now % DAY) + random.int(8, 16) * HOUR + random.pick([0, 30]) * 60_000;
    const status: InterviewStatus = random.pick(['awaiting', 'awaiting', 'awaiting', 'rejected', 'withdrawn', 'offer', 'next-round']);
    if (earlier) earlier.status = 'next-round';
    const createdAt = start - random.int(1, 10) * DAY;
    // Some interviews are known only by their day (noon of it, as the form keeps them).
    const timeKnown = random.chance(0.9);
    const spelled = earlier ? null : random.pick(COMPANIES);
    interviews.push({
      id: random.uuid(),
      company: earlier?.company ?? spelled![0],
      role: earlier?.role ?? random.pick(ROLES),
      round: earlier ? earlier.round + 1 : 1,
      start: timeKnown ? start : start - (start % DAY) + 12 * HOUR,
      end: timeKnown && random.chance(0.8) ? start + random.pick([30, 45, 60, 90]) * 60_000 : null,
      timeKnown,
      // Now and then an interview abroad, whose notes are written in German.
      noteLanguage: interviews.length % 7 === 3 ? 'de' : '',
      industry: random.chance(0.3) ? 'Software Development' : '',
      location: random.chance(0.3) ? 'Malmö, Skåne' : '',
      website: spelled && random.chance(0.3) ? `https://www.${spelled[1]}.example/` : '',
      decisionDate: random.chance(0.4) ? isoDay(start + random.int(7, 21) * DAY) : null,
      status,
      notes: random.chance(0.85) ? notes(random, 3) : '',
      sourceUrls: random.chance(0.6) ? [`https://calendar.google.com/calendar/u/0/r/eventedit/${random.hex(24)}`] : [],
      repliedAt: random.chance(0.2) && start + 3 * DAY < now ? start + random.int(1, 3) * DAY : null,
      createdAt,
      updatedAt: createdAt + random.int(0, 30) * DAY,
    });
  }
  return interviews;
}

function makeContacts(random: Random, count: number, interviews: readonly Interview[], now: number): Contact[] {
  const totalWeight = CULTURES.reduce((n, c) => n + c.weight, 0);
  const emails = new Set<string>();
  return Array.from({ length: count }, (_, k) => {
    const interview = interviews.length > 0 ? interviews[k % interviews.length]! : null;
    let roll = random.int(1, totalWeight);
    const { culture } = CULTURES.find((c) => (roll -= c.weight) <= 0) ?? CULTURES[0]!;
    const [given, givenAscii] = random.pick(culture.given);
    const [family, familyAscii] = random.pick(culture.family);
    const companyName = interview?.company ?? random.pick(COMPANIES)[0];
    const domain = `${COMPANIES.find(([name]) => name === companyName)?.[1] ?? 'company'}.example`;
    let email = '';
    if (random.chance(0.8)) {
      email = `${givenAscii}.${familyAscii}@${domain}`;
      for (let n = 2; emails.has(email); n += 1) email = `${givenAscii}.${familyAscii}${n}@${domain}`;
      emails.add(email);
    }
    const profileUrl = random.chance(0.7) ? `https://www.linkedin.com/in/${givenAscii}-${familyAscii}-${random.hex(6)}/` : '';
    const capturedFrom: CaptureSource = profileUrl
      ? 'linkedin-profile'
      : random.pick(['google-calendar', 'outlook-calendar', 'ics', 'generic', 'manual'] as const);
    const capturedUrl = {
      'linkedin-profile': profileUrl,
      'linkedin-company': `https://www.linkedin.com/company/${domain}/people/`,
      'google-calendar': `https://calendar.google.com/calendar/u/0/r/eventedit/${random.hex(24)}`,
      'outlook-calendar': `https://outlook.office.com/calendar/item/${random.hex(32)}`,
      ics: '',
      generic: `https://www.${domain}/team`,
      manual: '',
    }[capturedFrom];
    return {
      id: random.uuid(),
      name: culture.full(given, family),
      title: random.pick(TITLES),
      company: companyName,
      email,
      profileUrl,
      capturedFrom,
      capturedUrl,
      capturedAt: Math.min(now, (interview?.createdAt ?? now) + random.int(0, 48) * HOUR),
    };
  });
}

function makeInterviewers(random: Random, interviews: readonly Interview[], contacts: readonly Contact[]): Link[] {
  if (interviews.length === 0) return [];
  const links: Link[] = contacts.map((contact, k) => {
    const interview = interviews[k % interviews.length]!;
    const jotted = random.chance(0.6) ? notes(random, 2) : '';
    return { id: random.uuid(), interviewId: interview.id, contactId: contact.id, notes: jotted, addedAt: interview.createdAt + k };
  });
  // A later round often meets someone from the round before.
  const byInterview = new Map(links.map((l) => [l.interviewId, l]));
  for (const interview of interviews) {
    if (interview.round < 2) continue;
    const before = interviews.find((i) => i.company === interview.company && i.role === interview.role && i.round === interview.round - 1);
    const earlierLink = before && byInterview.get(before.id);
    if (earlierLink && !links.some((l) => l.interviewId === interview.id && l.contactId === earlierLink.contactId)) {
      links.push({
        id: random.uuid(),
        interviewId: interview.id,
        contactId: earlierLink.contactId,
        notes: 'Met in the previous round.',
        addedAt: interview.createdAt,
      });
    }
  }
  return links;
}

function makeTidbits(random: Random, count: number, interviews: readonly Interview[], now: number): Tidbit[] {
  return Array.from({ length: count }, () => {
    const interview = interviews.length > 0 && random.chance(0.85) ? random.pick(interviews) : null;
    const [title, slug] = random.pick(ARTICLES);
    const company = COMPANIES.find(([name]) => name === interview?.company) ?? random.pick(COMPANIES);
    const url = `https://blog.${company[1]}.example/posts/${slug}-${random.hex(4)}`;
    // In the order the random draws were always made, so a seed still gives the same data.
    const id = random.uuid();
    const excerpt = `${random.pick(NOTES)} ${random.pick(NOTES)}`;
    const foundOn = random.chance(0.5) ? url : random.chance(0.5) ? `https://news.example.org/${random.hex(6)}` : '';
    const topics = [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(TOPICS)))];
    const savedAt = Math.min(now, (interview?.start ?? now - 30 * DAY) + random.int(-5, 20) * DAY);
    // A page saved as itself was read for its headings; a link was not.
    const pageText = foundOn === url ? { pageText: `${title}\nWhat it covers: ${topics.join(', ') || slug}` } : {};
    return { id, url, title, excerpt, foundOn, topics, interviewId: interview?.id ?? null, savedAt, ...pageText };
  });
}

type Linked = Pick<BackupData, 'interviews' | 'contacts' | 'interviewers' | 'tidbits'>;

function makeTouches(random: Random, count: number, data: Linked, now: number): Touch[] {
  if (count > 0 && data.interviewers.length === 0) throw new RangeError('touchpoints need at least one interviewer');
  const interviews = new Map(data.interviews.map((i) => [i.id, i]));
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const tidbitsOf = new Map<string, Tidbit[]>();
  for (const t of data.tidbits) if (t.interviewId) tidbitsOf.set(t.interviewId, [...(tidbitsOf.get(t.interviewId) ?? []), t]);
  return Array.from({ length: count }, (_, n) => {
    const link = data.interviewers[n % data.interviewers.length]!;
    const interview = interviews.get(link.interviewId)!;
    const contact = contacts.get(link.contactId)!;
    const kind = n < data.interviewers.length ? 'thank-you' : random.pick(['check-in', 'value-add', 'value-add'] as const);
    const dueAt = (interview.end ?? interview.start + HOUR) + (kind === 'thank-you' ? random.int(2, 40) * HOUR : random.int(7, 56) * DAY);
    // As the scheduler leaves them: the past was sent or skipped, the last two
    // days are due (notified, not yet written), the future is planned, a few snoozed.
    const status =
      dueAt < now - 2 * DAY
        ? random.pick(['sent', 'sent', 'sent', 'skipped'] as const)
        : dueAt <= now
          ? 'due'
          : random.pick(['planned', 'planned', 'planned', 'planned', 'snoozed'] as const);
    const tidbit = kind === 'value-add' ? (tidbitsOf.get(interview.id)?.[0] ?? null) : null;
    const firstName = contact.name.split(' ')[0] ?? contact.name;
    return {
      id: random.uuid(),
      interviewId: interview.id,
      contactId: contact.id,
      kind,
      dueAt,
      status,
      notifiedAt: status === 'planned' ? null : dueAt + random.int(0, 3) * HOUR,
      sentAt: status === 'sent' ? dueAt + random.int(0, 30) * HOUR : null,
      subject: kind === 'thank-you' ? `Thank you — ${interview.role}, ${interview.company}` : `Following up: ${interview.role}`,
      body: [`Hi ${firstName},`, '', random.pick(NOTES), ...(tidbit ? [`Thought of our talk when I read this: ${tidbit.url}`] : []), '', 'Best,', 'Camille'].join('\n'),
      tidbitId: tidbit?.id ?? null,
      asksStatus: kind === 'check-in',
    };
  });
}

function makeTemplates(random: Random, count: number, now: number): Template[] {
  const kinds: Template['kind'][] = ['thank-you', 'check-in', 'value-add', 'second-round', 'custom'];
  return Array.from({ length: count }, (_, n) => ({
    id: n < kinds.length - 1 ? `builtin-${kinds[n]}` : random.uuid(),
    kind: kinds[Math.min(n, kinds.length - 1)]!,
    name: n < kinds.length - 1 ? `My ${kinds[n]} note` : `Custom note ${n - kinds.length + 2}`,
    subject: 'Thank you, {{firstName}} — {{role}} at {{company}}',
    body: 'Hi {{firstName}},\n\nThank you for your time today. {{tidbit}}\n\n{{signature}}',
    builtIn: n < kinds.length - 1,
    updatedAt: now - random.int(0, 90) * DAY,
  }));
}

/** Every store's records for a data set of the given size, with consistent references. */
export function makeDataset(options: DatasetOptions): BackupData {
  const random = seededRandom(options.seed);
  const now = options.now ?? SEED_NOW;
  const interviews = makeInterviews(random, options.interviews, now);
  const contacts = makeContacts(random, options.contacts ?? options.interviews * (options.contactsPerInterview ?? 2), interviews, now);
  const interviewers = makeInterviewers(random, interviews, contacts);
  const tidbits = makeTidbits(random, options.tidbits ?? options.interviews * 2, interviews, now);
  const linked = { interviews, contacts, interviewers, tidbits };
  const touchpoints = makeTouches(random, options.touchpoints ?? interviewers.length, linked, now);
  const templates = makeTemplates(random, options.templates ?? 6, now);
  const settings = {
    ...DEFAULT_SETTINGS,
    name: 'Camille Durand',
    signature: 'Camille Durand\n+33 6 12 34 56 78 · camille.durand@mail.example',
    myEmails: ['camille.durand@mail.example'],
    holidays: ['2026-01-01', '2026-04-06', '2026-05-01'],
  };
  return { interviews, contacts, interviewers, tidbits, touchpoints, templates, settings };
}

/** Writes a data set into an open database (idb's or a raw IDBDatabase) in one transaction. */
export async function seedDatabase(db: Db | IDBDatabase, data: BackupData, stores: readonly string[] = STORE_NAMES): Promise<void> {
  const raw = db instanceof IDBDatabase ? db : unwrap(db);
  const tx = raw.transaction([...stores], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
  });
  for (const store of stores) {
    if (store === 'settings') {
      if (data.settings) tx.objectStore(store).put(data.settings, 'settings');
    } else {
      for (const record of data[store as RecordStore]) tx.objectStore(store).put(record);
    }
  }
  await done;
}
