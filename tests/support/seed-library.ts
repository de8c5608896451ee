/** A small library: two interviews, tidbits for each and for none, two people, and what was sent to them. */
import type { Interview, Tidbit, Touch } from '../../src/core/types.ts';
import { upsertContact } from '../../src/db/contacts.ts';
import { createInterview } from '../../src/db/interviews.ts';
import { db } from '../../src/db/open.ts';
import { putTidbit } from '../../src/db/tidbits.ts';
import { withTerms } from '../../src/core/tidbits/terms.ts';
import { putTouch } from '../../src/db/touches.ts';
import { interviewFields, tidbitRecord, touchRecord } from './records.ts';

export const NOW = Date.UTC(2026, 2, 10, 12);
const DAY = 86_400_000;

export interface Library {
  acme: Interview;
  globex: Interview;
  /** By id: kafka, rust (Acme), dbt (Globex), loose (no interview). */
  tidbits: Record<'kafka' | 'rust' | 'dbt' | 'loose', Tidbit>;
  anna: string;
  ben: string;
}

export function tidbit(fields: Partial<Tidbit> & Pick<Tidbit, 'id'>): Tidbit {
  return tidbitRecord({ url: `https://example.test/${fields.id}`, title: fields.id, foundOn: 'https://news.example.org/front', savedAt: NOW, ...fields });
}

export async function interview(company: string, start: number): Promise<Interview> {
  return createInterview(
    await db(),
    interviewFields({ company, role: 'Data Engineer', round: 1, start, end: null, decisionDate: null, status: 'awaiting', notes: '' }),
    start,
  );
}

export async function sent(fields: Pick<Touch, 'id' | 'interviewId' | 'contactId' | 'tidbitId'> & Partial<Touch>): Promise<void> {
  await putTouch(await db(), touchRecord({ dueAt: NOW, status: 'sent', sentAt: NOW, subject: 'Thank you', body: 'Hi', ...fields }));
}

export async function seedLibrary(): Promise<Library> {
  const d = await db();
  const acme = await interview('Acme Robotics', Date.UTC(2026, 2, 3, 13));
  const globex = await interview('Globex', Date.UTC(2026, 2, 5, 13));
  const tidbits = {
    kafka: tidbit({ id: 'kafka', title: 'Kafka at scale', excerpt: 'How a bank moved to streams', topics: ['kafka', 'migration'], interviewId: acme.id, savedAt: NOW - 3 * DAY }),
    rust: tidbit({ id: 'rust', title: 'Cutting latency with Rust', topics: ['rust', 'latency'], interviewId: acme.id, savedAt: NOW - DAY }),
    dbt: tidbit({ id: 'dbt', title: 'dbt models that last', topics: ['dbt', 'kafka'], interviewId: globex.id, savedAt: NOW - 2 * DAY }),
    loose: tidbit({ id: 'loose', title: 'Über Datenqualität', topics: ['quality'], interviewId: null, savedAt: NOW }),
  };
  // As stored: every write gives a tidbit its terms.
  for (const [key, item] of Object.entries(tidbits)) tidbits[key as keyof typeof tidbits] = withTerms(item);
  for (const item of Object.values(tidbits)) await putTidbit(d, item);
  const person = (name: string, email: string) =>
    upsertContact(d, { name, title: '', company: 'Acme Robotics', email, profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: NOW });
  const anna = (await person('Anna Lee', 'anna@acme.test')).id;
  const ben = (await person('Ben Okafor', 'ben@acme.test')).id;
  return { acme, globex, tidbits, anna, ben };
}
