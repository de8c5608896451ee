/** One interview with two interviewers, their notes, three tidbits and the candidate's settings. */
import { DEFAULT_SETTINGS, type Tidbit, type Touch } from '../../src/core/types.ts';
import { upsertContact } from '../../src/db/contacts.ts';
import { addLink, setLinkNotes } from '../../src/db/links.ts';
import { createInterview } from '../../src/db/interviews.ts';
import { db } from '../../src/db/open.ts';
import { saveSettings } from '../../src/db/settings.ts';
import { putTidbit } from '../../src/db/tidbits.ts';
import { putTouch } from '../../src/db/touches.ts';
import { interviewFields, tidbitRecord, touchRecord } from './records.ts';

export const NOW = Date.UTC(2026, 2, 3, 16);

export interface Seeded {
  interviewId: string;
  anna: string;
  ben: string;
  tidbits: Tidbit[];
}

export async function seedComposeData(options: { annaName?: string; annaEmail?: string; benEmail?: string; annaNotes?: string } = {}): Promise<Seeded> {
  const d = await db();
  const interview = await createInterview(
    d,
    interviewFields({ company: 'Acme Robotics', role: 'Data Engineer', round: 1, start: Date.UTC(2026, 2, 3, 13), end: null, decisionDate: null, status: 'awaiting', notes: 'Roadmap for 2027' }),
    NOW,
  );
  const person = (name: string, email: string, title: string) =>
    upsertContact(d, { name, title, company: 'Acme Robotics', email, profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: NOW });
  const anna = await person(options.annaName ?? 'Anna Lee', options.annaEmail ?? 'anna@acme.test', 'Head of Data');
  const ben = await person('Ben Okafor', options.benEmail ?? 'ben@acme.test', 'Staff Engineer');
  const annaLink = await addLink(d, interview.id, anna.id, NOW);
  const benLink = await addLink(d, interview.id, ben.id, NOW + 1);
  await setLinkNotes(d, annaLink.id, options.annaNotes ?? 'Kafka migration; on-call rotation');
  await setLinkNotes(d, benLink.id, 'dbt models\nhiring plans');
  const tidbit = (id: string, title: string, topics: string[], savedAt: number): Tidbit =>
    tidbitRecord({ id, url: `https://example.test/${id}?a=1&b=2`, title, foundOn: 'https://example.test/', topics, interviewId: interview.id, savedAt });
  const tidbits = [
    tidbit('t-kafka', 'Kafka at scale', ['kafka', 'migration'], NOW - 3),
    tidbit('t-dbt', 'dbt models that last', ['dbt', 'models'], NOW - 2),
    tidbit('t-stream', 'A streaming primer', ['streaming'], NOW - 1),
  ];
  for (const tb of tidbits) await putTidbit(d, tb);
  await saveSettings(d, { ...DEFAULT_SETTINGS, name: 'Sam Candidate', signature: 'Sam Candidate\n+1 555 0100' });
  return { interviewId: interview.id, anna: anna.id, ben: ben.id, tidbits };
}

export async function planTouch(fields: Partial<Touch> & Pick<Touch, 'id' | 'interviewId' | 'contactId'>): Promise<Touch> {
  const touch = touchRecord({ dueAt: NOW, status: 'due', ...fields });
  await putTouch(await db(), touch);
  return touch;
}
