/**
 * An interview at Acme with two interviewers, and touches placed around a
 * fixed "now" (Tuesday 3 March 2026, 16:00 local time), for the due list's tests.
 */
import { DEFAULT_SETTINGS, type Touch } from '../../src/core/types.ts';
import { upsertContact } from '../../src/db/contacts.ts';
import { addLink } from '../../src/db/links.ts';
import { createInterview } from '../../src/db/interviews.ts';
import { db } from '../../src/db/open.ts';
import { saveSettings } from '../../src/db/settings.ts';
import { putTouch } from '../../src/db/touches.ts';
import { interviewFields, touchRecord } from './records.ts';

/** Local time, so the words ("Wed 9:00 AM") are the same in every time zone the tests run in. */
export const NOW = new Date(2026, 2, 3, 16, 0).getTime();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface DueSeed {
  interviewId: string;
  jane: string;
  ben: string;
}

export async function seedPeople(options: { company?: string; janeName?: string; janeEmail?: string } = {}): Promise<DueSeed> {
  const d = await db();
  const start = NOW - 4 * HOUR;
  const interview = await createInterview(
    d,
    interviewFields({ company: options.company ?? 'Acme', role: 'Engineer', round: 1, start, end: start + HOUR, decisionDate: null, status: 'awaiting', notes: '' }),
    NOW,
  );
  const person = (name: string, email: string) =>
    upsertContact(d, { name, title: '', company: 'Acme', email, profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: NOW });
  const jane = await person(options.janeName ?? 'Jane Doe', options.janeEmail ?? 'jane@acme.test');
  const ben = await person('Ben Okafor', 'ben@acme.test');
  await addLink(d, interview.id, jane.id, NOW);
  await addLink(d, interview.id, ben.id, NOW + 1);
  await saveSettings(d, DEFAULT_SETTINGS);
  return { interviewId: interview.id, jane: jane.id, ben: ben.id };
}

export async function seedTouch(fields: Partial<Touch> & Pick<Touch, 'id' | 'interviewId' | 'contactId'>): Promise<Touch> {
  const touch = touchRecord({ dueAt: NOW, ...fields });
  await putTouch(await db(), touch);
  return touch;
}
