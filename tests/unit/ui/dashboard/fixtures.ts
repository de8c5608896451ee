/**
 * A small, hand-written data set for the dashboard's tests: three interviews
 * in different states, people (one of them twice, as two captures would make
 * her), tidbits and touchpoints around a fixed "now", so every label a test
 * asserts can be read off this file.
 */
import type { BackupData } from '../../../../src/core/backup/format.ts';
import { emptyBackupData } from '../../../../src/core/backup/format.ts';
import type { Contact, Interview, Interviewer, Tidbit, Touchpoint } from '../../../../src/core/types.ts';
import { db } from '../../../../src/db/open.ts';
import { seedDatabase } from '../../../support/seed.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 10 March 2026, 12:00 local time. */
export const NOW = new Date(2026, 2, 10, 12, 0).getTime();

export function interview(id: string, fields: Partial<Interview>): Interview {
  const start = fields.start ?? NOW - 3 * DAY;
  return {
    id,
    company: 'Company',
    role: '',
    round: 1,
    start,
    end: start + HOUR,
    decisionDate: null,
    status: 'awaiting',
    notes: '',
    sourceUrls: [],
    repliedAt: null,
    createdAt: start - DAY,
    updatedAt: start - DAY,
    ...fields,
  };
}

export function contact(id: string, name: string, fields: Partial<Contact> = {}): Contact {
  return { id, name, title: '', company: '', email: '', profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: NOW - 20 * DAY, ...fields };
}

export function link(id: string, interviewId: string, contactId: string, notes = '', addedAt = NOW - 5 * DAY): Interviewer {
  return { id, interviewId, contactId, notes, addedAt };
}

export function touch(id: string, fields: Partial<Touchpoint> & Pick<Touchpoint, 'interviewId' | 'contactId'>): Touchpoint {
  return {
    id,
    kind: 'thank-you',
    dueAt: NOW,
    status: 'planned',
    notifiedAt: null,
    sentAt: null,
    subject: '',
    body: '',
    tidbitId: null,
    asksStatus: false,
    ...fields,
  };
}

export function tidbit(id: string, interviewId: string | null, title: string, topics: string[] = []): Tidbit {
  return { id, url: `https://example.test/${id}`, title, excerpt: '', foundOn: '', topics, interviewId, savedAt: NOW - 2 * DAY };
}

export function dashboardData(): BackupData {
  const acmeStart = NOW - 3 * DAY;
  return {
    ...emptyBackupData(),
    interviews: [
      interview('acme', { company: 'Acme Robotics', role: 'Data Engineer', start: acmeStart, notes: 'Talked about the Kafka migration' }),
      interview('globex', { company: 'Globex', role: 'Platform Engineer', round: 2, start: NOW - 10 * DAY, status: 'next-round', notes: 'Renée from HR asked about dbt' }),
      interview('initech', { company: 'Initech', role: 'SRE', start: NOW - 40 * DAY, status: 'offer' }),
    ],
    contacts: [
      contact('anna', 'Anna Lee', { title: 'Head of Data', email: 'anna@acme.test', company: 'Acme Robotics' }),
      contact('ben', 'Ben Okafor', { title: 'Staff Engineer' }),
      contact('chloe', 'Chloé Martin', { title: 'Engineering Manager', email: 'chloe@globex.test', capturedAt: NOW - 12 * DAY }),
      // The same person, captured again from a calendar invitation without her title.
      contact('chloe-2', 'Chloe Martin', { profileUrl: 'https://www.linkedin.com/in/chloe-martin/', capturedFrom: 'linkedin-profile', capturedAt: NOW - 9 * DAY }),
    ],
    interviewers: [
      link('l-anna', 'acme', 'anna', 'Asked about on-call'),
      link('l-ben', 'acme', 'ben', '', NOW - 5 * DAY + 1),
      link('l-chloe', 'globex', 'chloe', 'Loves Postgres'),
      link('l-chloe-2', 'initech', 'chloe-2', 'Met at the meetup'),
    ],
    tidbits: [tidbit('t-pg', 'globex', 'Scaling Postgres at Globex', ['postgres']), tidbit('t-free', null, 'Unrelated reading')],
    touchpoints: [
      touch('ty-anna', { interviewId: 'acme', contactId: 'anna', status: 'sent', dueAt: acmeStart + 5 * HOUR, sentAt: acmeStart + 6 * HOUR }),
      touch('ty-ben', { interviewId: 'acme', contactId: 'ben', status: 'sent', dueAt: acmeStart + 5 * HOUR, sentAt: acmeStart + 7 * HOUR }),
      touch('ci-anna', { interviewId: 'acme', contactId: 'anna', kind: 'check-in', status: 'planned', dueAt: NOW + 5 * DAY, asksStatus: true }),
      touch('va-chloe', { interviewId: 'globex', contactId: 'chloe', kind: 'value-add', status: 'snoozed', dueAt: NOW + 2 * DAY, tidbitId: 't-pg' }),
      touch('ty-chloe-2', { interviewId: 'initech', contactId: 'chloe-2', status: 'sent', dueAt: NOW - 39 * DAY, sentAt: NOW - 39 * DAY }),
    ],
    templates: [],
    settings: null,
  };
}

export async function seed(data: BackupData = dashboardData()): Promise<BackupData> {
  await seedDatabase(await db(), data);
  return data;
}
