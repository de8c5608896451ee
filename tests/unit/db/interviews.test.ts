import { describe, expect, it } from 'vitest';
import type { InterviewFields } from '../../../src/core/interview-input.ts';
import { addLink, listLinkedContacts } from '../../../src/db/links.ts';
import {
  createInterview,
  deleteInterview,
  getInterview,
  listInterviews,
  readInterviewDetail,
  focusedInterview,
  restoreInterview,
  updateInterview,
} from '../../../src/db/interviews.ts';
import { upsertContact } from '../../../src/db/contacts.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { focusOf } from '../../../src/core/focus.ts';
import { interviewFields, touchRecord } from '../../support/records.ts';

const fields = (company: string, start: number): InterviewFields => interviewFields({ company, role: 'Engineer', start, end: start + 3_600_000 });

const person = (name: string, email: string, profileUrl = '') => ({
  name,
  title: '',
  company: 'Acme',
  email,
  profileUrl,
  capturedFrom: 'manual' as const,
  capturedUrl: '',
  capturedAt: 1,
});

describe('interviews store', () => {
  it('lists interviews with the most recent first', async () => {
    const d = await openDatabase();
    await createInterview(d, fields('Older', 1_000), 5);
    await createInterview(d, fields('Newer', 2_000), 5);
    expect((await listInterviews(d)).map((i) => i.company)).toEqual(['Newer', 'Older']);
  });

  it('updates fields and the update time, keeping the id and creation time', async () => {
    const d = await openDatabase();
    const created = await createInterview(d, fields('Acme', 1_000), 5);
    const updated = await updateInterview(d, created.id, { status: 'offer' }, 9);
    expect(updated).toEqual({ ...created, status: 'offer', updatedAt: 9 });
    expect(await getInterview(d, created.id)).toEqual(updated);
  });

  it('deletes an interview with its links and touches, detaches its tidbits, and undoes exactly', async () => {
    const d = await openDatabase();
    const interview = await createInterview(d, fields('Acme', 1_000), 5);
    const jane = await upsertContact(d, person('Jane Doe', 'jane@acme.test'));
    await addLink(d, interview.id, jane.id, 6);
    await d.put('tidbits', { id: 't1', url: 'https://a.test/', title: 'A', excerpt: '', foundOn: '', topics: [], interviewId: interview.id, savedAt: 7 });
    await d.put('touchpoints', {
      id: 'p1', interviewId: interview.id, contactId: jane.id, kind: 'thank-you', dueAt: 8, status: 'planned',
      notifiedAt: null, sentAt: null, subject: '', body: '', tidbitId: null, asksStatus: false,
    });

    const deleted = await deleteInterview(d, interview.id);
    expect(await getInterview(d, interview.id)).toBeUndefined();
    expect(await d.count('interviewers')).toBe(0);
    expect(await d.count('touchpoints')).toBe(0);
    expect((await d.get('tidbits', 't1'))?.interviewId).toBeNull();
    expect(await d.count('contacts')).toBe(1);

    await restoreInterview(d, deleted!);
    expect(await getInterview(d, interview.id)).toEqual(interview);
    expect((await listLinkedContacts(d, interview.id)).map((i) => i.contact.name)).toEqual(['Jane Doe']);
    expect((await d.get('tidbits', 't1'))?.interviewId).toBe(interview.id);
    expect(await d.count('touchpoints')).toBe(1);
  });
});

describe('contacts store', () => {
  it('merges a person seen again by email instead of duplicating them, keeping who they are and filling gaps', async () => {
    const d = await openDatabase();
    const first = await upsertContact(d, { ...person('Jane Doe', 'jane@acme.test'), title: 'CTO' });
    const again = await upsertContact(d, { ...person('Jane Q. Doe', 'jane@acme.test', 'https://www.linkedin.com/in/jane/'), title: '' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ name: 'Jane Doe', title: 'CTO', profileUrl: 'https://www.linkedin.com/in/jane/' });
    expect(await d.count('contacts')).toBe(1);
  });

  it('finds the same person by profile URL when the email is unknown', async () => {
    const d = await openDatabase();
    const first = await upsertContact(d, person('Jane Doe', '', 'https://www.linkedin.com/in/jane/'));
    const again = await upsertContact(d, person('Jane Doe', 'jane@acme.test', 'https://www.linkedin.com/in/jane/'));
    expect(again.id).toBe(first.id);
    expect(again.email).toBe('jane@acme.test');
  });

  it('links a contact to an interview only once', async () => {
    const d = await openDatabase();
    const interview = await createInterview(d, fields('Acme', 1_000), 5);
    const jane = await upsertContact(d, person('Jane Doe', 'jane@acme.test'));
    const a = await addLink(d, interview.id, jane.id, 6);
    const b = await addLink(d, interview.id, jane.id, 7);
    expect(b.id).toBe(a.id);
    expect(await d.count('interviewers')).toBe(1);
  });
});

describe('focusedInterview', () => {
  const DAY = 86_400_000;
  const NOW = Date.UTC(2026, 11, 3, 15);

  it('is the open interview that most recently took place, not the next round scheduled after it, with the count', async () => {
    const d = await openDatabase();
    await createInterview(d, fields('Last month', NOW - 30 * DAY), 5);
    const today = await createInterview(d, { ...fields('Today', NOW - 3 * 3_600_000), status: 'next-round' }, 5);
    await createInterview(d, fields('Next week', NOW + 7 * DAY), 5);
    await createInterview(d, fields('In three weeks', NOW + 23 * DAY), 5);
    const result = await focusedInterview(d, NOW);
    expect(result.first?.interview.id).toBe(today.id);
    expect(result.total).toBe(4);
  });

  it('passes over interviews a decision has closed, to the open one before them, however many there are', async () => {
    const d = await openDatabase();
    const open = await createInterview(d, fields('Open', NOW - 20 * DAY), 5);
    for (let i = 0; i < 5; i += 1) await createInterview(d, { ...fields(`Done ${i}`, NOW - 10 * DAY + i), status: 'rejected' }, 5);
    await createInterview(d, fields('Upcoming', NOW + DAY), 5);
    expect((await focusedInterview(d, NOW)).first?.interview.id).toBe(open.id);
  });

  it('is the soonest upcoming open interview when none that is open has started yet, else the latest', async () => {
    const d = await openDatabase();
    await createInterview(d, { ...fields('Decided', NOW - 5 * DAY), status: 'offer' }, 5);
    await createInterview(d, fields('In three weeks', NOW + 23 * DAY), 5);
    const soon = await createInterview(d, fields('Next week', NOW + 7 * DAY), 5);
    await createInterview(d, { ...fields('Tomorrow, withdrawn', NOW + DAY), status: 'withdrawn' }, 5);
    expect((await focusedInterview(d, NOW)).first?.interview.id).toBe(soon.id);

    for (const interview of await listInterviews(d)) await updateInterview(d, interview.id, { status: 'rejected' }, 6);
    expect((await focusedInterview(d, NOW)).first?.interview.company).toBe('In three weeks');
  });

  it('chooses as focusOf chooses from the whole list', async () => {
    const d = await openDatabase();
    const statuses = ['awaiting', 'rejected', 'next-round', 'offer', 'withdrawn'] as const;
    for (let i = 0; i < 15; i += 1) await createInterview(d, { ...fields(`I${i}`, NOW + ((i * 7) % 15 - 9) * DAY), status: statuses[(i * 3) % 5]! }, 5);
    for (const now of [NOW - 20 * DAY, NOW - 4 * DAY, NOW, NOW + 3 * DAY, NOW + 20 * DAY]) {
      expect((await focusedInterview(d, now)).first?.interview.id).toBe(focusOf(await listInterviews(d), now)?.id);
    }
  });

  it('brings the interview shown with its people, in the order they were added, or the latest when none is open', async () => {
    const d = await openDatabase();
    expect((await focusedInterview(d, NOW)).first).toBeNull();
    const open = await createInterview(d, fields('Open', 1_000), 5);
    const done = await createInterview(d, { ...fields('Done', 2_000), status: 'rejected' }, 5);
    const jane = await upsertContact(d, person('Jane', 'jane@acme.test'));
    const omar = await upsertContact(d, person('Omar', 'omar@acme.test'));
    await addLink(d, open.id, omar.id, 1);
    await addLink(d, open.id, jane.id, 2);
    await addLink(d, done.id, jane.id, 3);

    const first = (await focusedInterview(d, NOW)).first;
    expect(first?.interview.id).toBe(open.id);
    expect(first?.interviewers.map((p) => p.contact.name)).toEqual(['Omar', 'Jane']);
    expect(first?.interviewers).toEqual(await listLinkedContacts(d, open.id));

    await updateInterview(d, open.id, { ...fields('Open', 1_000), status: 'offer' }, 6);
    const latest = (await focusedInterview(d, NOW)).first;
    expect(latest?.interview.id).toBe(done.id);
    expect(latest?.interviewers.map((p) => p.contact.name)).toEqual(['Jane']);
  });
});

describe('readInterviewDetail', () => {
  it('reads one interview with its people in the order they were added and what to write next, as the popup\'s first read does', async () => {
    const d = await openDatabase();
    expect(await readInterviewDetail(d, 'nobody')).toBeNull();
    const open = await createInterview(d, fields('Open', 1_000), 5);
    const jane = await upsertContact(d, person('Jane', 'jane@acme.test'));
    const omar = await upsertContact(d, person('Omar', 'omar@acme.test'));
    await addLink(d, open.id, omar.id, 1);
    await addLink(d, open.id, jane.id, 2);
    const detail = await readInterviewDetail(d, open.id, 10_000);
    expect(detail?.interview).toEqual(await getInterview(d, open.id));
    expect(detail?.interviewers.map((p) => p.contact.name)).toEqual(['Omar', 'Jane']);
    expect(detail).toEqual((await focusedInterview(d, 10_000)).first);
    // Nobody thanked yet: the thank-yous come first.
    expect(detail?.nextStep).toBe('thank-you');
  });

  it('names the next step from the interview’s own touches: once both are thanked, the check-in that is due', async () => {
    const d = await openDatabase();
    const open = await createInterview(d, fields('Open', 1_000), 5);
    const other = await createInterview(d, fields('Other', 2_000), 5);
    const jane = await upsertContact(d, person('Jane', 'jane@acme.test'));
    const omar = await upsertContact(d, person('Omar', 'omar@acme.test'));
    await addLink(d, open.id, omar.id, 1);
    await addLink(d, open.id, jane.id, 2);
    const sent = { kind: 'thank-you' as const, status: 'sent' as const, dueAt: 3_000, sentAt: 3_000 };
    await d.put('touchpoints', touchRecord({ id: 't-omar', interviewId: open.id, contactId: omar.id, ...sent }));
    await d.put('touchpoints', touchRecord({ id: 't-jane', interviewId: open.id, contactId: jane.id, ...sent }));
    await d.put('touchpoints', touchRecord({ id: 'check', interviewId: open.id, contactId: jane.id, kind: 'check-in', status: 'due', dueAt: 5_000 }));
    // Another interview's touch for the same person is not this one's step.
    await d.put('touchpoints', touchRecord({ id: 'elsewhere', interviewId: other.id, contactId: jane.id, kind: 'value-add', status: 'due', dueAt: 4_000 }));
    expect((await readInterviewDetail(d, open.id, 10_000))?.nextStep).toBe('check-in');
  });
});
