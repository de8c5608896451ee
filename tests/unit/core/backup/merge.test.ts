import { describe, expect, it } from 'vitest';
import { RECORD_STORES, type BackupData } from '../../../../src/core/backup/backup-file.ts';
import { integrityProblems } from '../../../../src/core/backup/integrity.ts';
import { combineContacts } from '../../../../src/core/backup/plan-contacts.ts';
import { planMerge } from '../../../../src/core/backup/merge.ts';
import type { Contact } from '../../../../src/core/types.ts';
import { contactRecord } from '../../../support/records.ts';
import { makeDataset } from '../../../support/seed.ts';

/** What the stores hold after the plan's writes are put over the existing data. */
function applied(existing: BackupData, writes: BackupData): BackupData {
  const result = structuredClone(existing);
  for (const store of RECORD_STORES) {
    const byId = new Map<string, unknown>((result[store] as { id: string }[]).map((r) => [r.id, r]));
    for (const record of writes[store] as { id: string }[]) byId.set(record.id, record);
    (result[store] as unknown[]) = [...byId.values()];
  }
  result.settings = writes.settings ?? existing.settings;
  return result;
}

const small = (seed: number) => makeDataset({ interviews: 8, contacts: 16, tidbits: 12, touchpoints: 30, seed });

describe('planMerge', () => {
  it('adds every record of a backup whose ids are all new', () => {
    const existing = small(1);
    const incoming = small(2);
    const plan = planMerge(existing, incoming);
    for (const store of RECORD_STORES.filter((s) => s !== 'templates')) {
      expect(plan.writes[store], store).toEqual(incoming[store]);
      expect(plan.counts[store].added, store).toBe(incoming[store].length);
    }
    expect(integrityProblems(applied(existing, plan.writes)).count).toBe(0);
  });

  it('writes nothing when the backup is the stored data itself', () => {
    const existing = small(3);
    const plan = planMerge(existing, structuredClone(existing));
    for (const store of RECORD_STORES) {
      expect(plan.writes[store], store).toEqual([]);
      expect(plan.counts[store].unchanged, store).toBe(existing[store].length);
    }
    expect(plan.writes.settings).toBeNull();
  });

  it('replaces a record with the same id only when the incoming one is newer', () => {
    const existing = small(4);
    const incoming = structuredClone(existing);
    const [newer, older, tie] = incoming.interviews;
    Object.assign(newer!, { notes: 'newer', updatedAt: newer!.updatedAt + 1 });
    Object.assign(older!, { notes: 'older', updatedAt: older!.updatedAt - 1 });
    Object.assign(tie!, { notes: 'tie' });
    incoming.tidbits[0]!.title = 'newer tidbit';
    incoming.tidbits[0]!.savedAt += 1;
    incoming.tidbits[1]!.title = 'same time tidbit';
    incoming.templates[0]!.body = 'newer template';
    incoming.templates[0]!.updatedAt += 1;
    incoming.contacts[0]!.title = 'newer capture';
    incoming.contacts[0]!.capturedAt += 1;
    incoming.contacts[1]!.title = 'same capture time';

    const plan = planMerge(existing, incoming);
    expect(plan.writes.interviews).toEqual([newer]);
    expect(plan.counts.interviews).toEqual({ added: 0, updated: 1, unchanged: existing.interviews.length - 1, removed: 0 });
    expect(plan.writes.tidbits.map((t) => t.title)).toEqual(['newer tidbit']);
    expect(plan.writes.templates.map((t) => t.body)).toEqual(['newer template']);
    expect(plan.writes.contacts.map((c) => c.title)).toEqual(['newer capture']);
  });

  it('lets a sent touchpoint replace an unsent one, never the reverse', () => {
    const existing = small(5);
    const unsent = existing.touchpoints.findIndex((t) => t.sentAt === null);
    const sent = existing.touchpoints.findIndex((t) => t.sentAt !== null);
    const incoming = structuredClone(existing);
    Object.assign(incoming.touchpoints[unsent]!, { status: 'sent', sentAt: 1_800_000_000_000, body: 'as sent' });
    Object.assign(incoming.touchpoints[sent]!, { status: 'planned', sentAt: null });
    const plan = planMerge(existing, incoming);
    expect(plan.writes.touchpoints).toEqual([incoming.touchpoints[unsent]]);
  });

  it('keeps stored interviewer notes, but fills them when they are empty', () => {
    const existing = small(6);
    existing.interviewers[0]!.notes = '';
    existing.interviewers[1]!.notes = 'mine';
    const incoming = structuredClone(existing);
    incoming.interviewers[0]!.notes = 'from the other browser';
    incoming.interviewers[1]!.notes = 'theirs';
    const plan = planMerge(existing, incoming);
    expect(plan.writes.interviewers).toEqual([{ ...existing.interviewers[0], notes: 'from the other browser' }]);
  });

  it('keeps stored settings, and takes the backup’s only when none were saved', () => {
    const existing = small(7);
    const incoming = small(8);
    incoming.settings = { ...incoming.settings!, name: 'From backup' };
    expect(planMerge(existing, incoming).writes.settings).toBeNull();
    expect(planMerge({ ...existing, settings: null }, incoming).writes.settings?.name).toBe('From backup');
  });
});

describe('the same person under two ids', () => {
  /** Stored data, and a backup from another browser that met one stored contact again. */
  function twoBrowsers(match: 'email' | 'profileUrl') {
    const existing = small(10);
    const known = existing.contacts.find((c) => c.email && c.profileUrl)!;
    const incoming = small(11);
    const other = incoming.contacts[0]!;
    Object.assign(other, { name: known.name, title: '', email: '', profileUrl: '', capturedAt: known.capturedAt + 1000, company: 'New Co' });
    other[match] = known[match];
    return { existing, incoming, known, other };
  }

  it.each(['email', 'profileUrl'] as const)('folds a contact with the same %s into the known one', (match) => {
    const { existing, incoming, known, other } = twoBrowsers(match);
    const plan = planMerge(existing, incoming);

    expect(plan.mergedContacts).toBe(1);
    expect(plan.writes.contacts.map((c) => c.id)).not.toContain(other.id);
    const merged = plan.writes.contacts.find((c) => c.id === known.id);
    // The newer capture's non-empty values win; its empty ones erase nothing.
    expect(merged).toEqual({ ...known, company: 'New Co', capturedFrom: other.capturedFrom, capturedAt: other.capturedAt, capturedUrl: other.capturedUrl || known.capturedUrl });

    const redirected = [...plan.writes.interviewers, ...plan.writes.touchpoints].filter((r) => r.contactId === known.id);
    const before = [...incoming.interviewers, ...incoming.touchpoints].filter((r) => r.contactId === other.id);
    expect(before.length).toBeGreaterThan(0);
    expect(redirected).toHaveLength(before.length);
    expect([...plan.writes.interviewers, ...plan.writes.touchpoints].some((r) => r.contactId === other.id)).toBe(false);
    expect(integrityProblems(applied(existing, plan.writes)).shown).toEqual([]);
  });

  it('makes one link of two links of the same person to the same interview', () => {
    const existing = small(12);
    const link = existing.interviewers[0]!;
    const known = existing.contacts.find((c) => c.id === link.contactId)!;
    known.email ||= 'same.person@example.org';
    const incoming = structuredClone(existing);
    const other: Contact = { ...known, id: 'other-browser-id', capturedAt: known.capturedAt + 1 };
    incoming.contacts.push(other);
    incoming.interviewers.push({ ...link, id: 'other-link-id', contactId: other.id });

    const plan = planMerge(existing, incoming);
    expect(plan.writes.interviewers).toEqual([]);
    expect(plan.counts.interviewers.unchanged).toBe(incoming.interviewers.length);
  });

  it('folds two new contacts of one backup that are the same person', () => {
    const existing = small(13);
    const incoming = small(14);
    const [first, second] = incoming.contacts;
    second!.email = first!.email || 'one.person@example.org';
    first!.email = second!.email;
    const plan = planMerge(existing, incoming);
    expect(plan.writes.contacts.filter((c) => c.email === first!.email)).toHaveLength(1);
    expect(integrityProblems(applied(existing, plan.writes)).shown).toEqual([]);
  });

  it('leaves a result without broken references on a large, overlapping merge', () => {
    const existing = makeDataset({ interviews: 80, contacts: 240, tidbits: 200, touchpoints: 500, seed: 20 });
    const incoming = structuredClone(existing);
    // The other browser re-captured a third of the people under new ids and edited some interviews.
    incoming.contacts.forEach((c, i) => {
      if (i % 3 !== 0 || (!c.email && !c.profileUrl)) return;
      const newId = `re-${c.id}`;
      for (const r of [...incoming.interviewers, ...incoming.touchpoints]) if (r.contactId === c.id) r.contactId = newId;
      c.id = newId;
      c.capturedAt += 1;
    });
    incoming.interviews.forEach((iv, i) => {
      if (i % 4 === 0) iv.updatedAt += 1;
    });
    const plan = planMerge(existing, incoming);
    const result = applied(existing, plan.writes);
    expect(plan.mergedContacts).toBeGreaterThan(50);
    expect(result.contacts).toHaveLength(existing.contacts.length);
    expect(integrityProblems(result).shown).toEqual([]);
  });
});

describe('combineContacts', () => {
  const base = contactRecord({ id: 'a', name: 'Ana Lima', title: 'CTO', company: 'Quillmark', email: 'ana@quillmark.example', capturedAt: 100 });

  it('keeps the known id whichever record is newer', () => {
    expect(combineContacts(base, { ...base, id: 'b', capturedAt: 200 }).id).toBe('a');
    expect(combineContacts(base, { ...base, id: 'b', capturedAt: 50 }).id).toBe('a');
  });

  it('takes the older value where the newer one is empty', () => {
    const newer = { ...base, id: 'b', title: '', profileUrl: 'https://www.linkedin.com/in/ana/', capturedFrom: 'linkedin-profile' as const, capturedAt: 200 };
    expect(combineContacts(base, newer)).toEqual({ ...base, profileUrl: newer.profileUrl, capturedFrom: 'linkedin-profile', capturedAt: 200 });
  });
});
