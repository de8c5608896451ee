/**
 * A small, hand-written data set for the dashboard's tests: three interviews
 * in different states, people (one of them twice, as two captures would make
 * her), tidbits and touchpoints around a fixed "now", so every label a test
 * asserts can be read off this file.
 */
import type { BackupData } from '../../src/core/backup/backup-file.ts';
import { emptyBackupData } from '../../src/core/backup/backup-file.ts';
import type { Interview } from '../../src/core/types.ts';
import { db } from '../../src/db/open.ts';
import { contactRecord, interviewRecord, linkRecord, tidbitRecord, touchRecord } from './records.ts';
import { seedDatabase } from './seed.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 10 March 2026, 12:00 local time. */
export const NOW = new Date(2026, 2, 10, 12, 0).getTime();

export function dashboardData(): BackupData {
  const acmeStart = NOW - 3 * DAY;
  const interview = (id: string, start: number, fields: Partial<Interview>) =>
    interviewRecord({ id, start, end: start + HOUR, createdAt: start - DAY, updatedAt: start - DAY, ...fields });
  const capturedAt = NOW - 20 * DAY;
  const addedAt = NOW - 5 * DAY;
  return {
    ...emptyBackupData(),
    interviews: [
      interview('acme', acmeStart, { company: 'Acme Robotics', role: 'Data Engineer', notes: 'Talked about the Kafka migration' }),
      interview('globex', NOW - 10 * DAY, { company: 'Globex', role: 'Platform Engineer', round: 2, status: 'next-round', notes: 'Renée from HR asked about dbt' }),
      interview('initech', NOW - 40 * DAY, { company: 'Initech', role: 'SRE', status: 'offer' }),
    ],
    contacts: [
      contactRecord({ id: 'anna', name: 'Anna Lee', title: 'Head of Data', email: 'anna@acme.test', company: 'Acme Robotics', capturedAt }),
      contactRecord({ id: 'ben', name: 'Ben Okafor', title: 'Staff Engineer', capturedAt }),
      contactRecord({ id: 'chloe', name: 'Chloé Martin', title: 'Engineering Manager', email: 'chloe@globex.test', capturedAt: NOW - 12 * DAY }),
      // The same person, captured again from a calendar invitation without her title.
      contactRecord({
        id: 'chloe-2',
        name: 'Chloe Martin',
        profileUrl: 'https://www.linkedin.com/in/chloe-martin/',
        capturedFrom: 'linkedin-profile',
        capturedAt: NOW - 9 * DAY,
      }),
    ],
    interviewers: [
      linkRecord({ id: 'l-anna', interviewId: 'acme', contactId: 'anna', notes: 'Asked about on-call', addedAt }),
      linkRecord({ id: 'l-ben', interviewId: 'acme', contactId: 'ben', addedAt: addedAt + 1 }),
      linkRecord({ id: 'l-chloe', interviewId: 'globex', contactId: 'chloe', notes: 'Loves Postgres', addedAt }),
      linkRecord({ id: 'l-chloe-2', interviewId: 'initech', contactId: 'chloe-2', notes: 'Met at the meetup', addedAt }),
    ],
    tidbits: [
      tidbitRecord({ id: 't-pg', url: 'https://example.test/t-pg', title: 'Scaling Postgres at Globex', topics: ['postgres'], interviewId: 'globex', savedAt: NOW - 2 * DAY }),
      tidbitRecord({ id: 't-free', url: 'https://example.test/t-free', title: 'Unrelated reading', savedAt: NOW - 2 * DAY }),
    ],
    touchpoints: [
      touchRecord({ id: 'ty-anna', interviewId: 'acme', contactId: 'anna', status: 'sent', dueAt: acmeStart + 5 * HOUR, sentAt: acmeStart + 6 * HOUR }),
      touchRecord({ id: 'ty-ben', interviewId: 'acme', contactId: 'ben', status: 'sent', dueAt: acmeStart + 5 * HOUR, sentAt: acmeStart + 7 * HOUR }),
      touchRecord({ id: 'ci-anna', interviewId: 'acme', contactId: 'anna', kind: 'check-in', status: 'planned', dueAt: NOW + 5 * DAY, asksStatus: true }),
      touchRecord({ id: 'va-chloe', interviewId: 'globex', contactId: 'chloe', kind: 'value-add', status: 'snoozed', dueAt: NOW + 2 * DAY, tidbitId: 't-pg' }),
      touchRecord({ id: 'ty-chloe-2', interviewId: 'initech', contactId: 'chloe-2', status: 'sent', dueAt: NOW - 39 * DAY, sentAt: NOW - 39 * DAY }),
    ],
  };
}

export async function seed(data: BackupData = dashboardData()): Promise<BackupData> {
  await seedDatabase(await db(), data);
  return data;
}
