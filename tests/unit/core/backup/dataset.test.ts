import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../../../src/core/backup/integrity.ts';
import { parseBackup } from '../../../../src/core/backup/parse.ts';
import { serializeBackup } from '../../../../src/core/backup/backup-file.ts';
import { makeDataset } from '../../../support/seed.ts';
import { seededRandom } from '../../../support/prng.ts';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes UUID-shaped ids', () => {
    expect(seededRandom(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('makeDataset', () => {
  const options = { interviews: 60, contacts: 150, tidbits: 200, touchpoints: 400, seed: 42 };

  it('is deterministic', () => {
    expect(makeDataset(options)).toEqual(makeDataset(options));
    expect(makeDataset({ ...options, seed: 43 }).interviews[0]).not.toEqual(makeDataset(options).interviews[0]);
  });

  it('has the requested sizes', () => {
    const data = makeDataset(options);
    expect(data.interviews).toHaveLength(60);
    expect(data.contacts).toHaveLength(150);
    expect(data.tidbits).toHaveLength(200);
    expect(data.touchpoints).toHaveLength(400);
    expect(data.interviewers.length).toBeGreaterThanOrEqual(150);
    expect(data.settings).not.toBeNull();
  });

  it('defaults the contacts to a number per interview', () => {
    expect(makeDataset({ interviews: 10, contactsPerInterview: 3, seed: 1 }).contacts).toHaveLength(30);
  });

  it('has consistent references and unique ids in every store', () => {
    const problems = integrityProblems(makeDataset(options));
    expect(problems.shown).toEqual([]);
  });

  it('is valid as a backup, so tests built on it test what they claim', () => {
    const text = serializeBackup(makeDataset(options), { appVersion: '1.0.0', exportedAt: 0 });
    const parsed = parseBackup(text);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('includes names in non-Latin scripts, later rounds, and unique emails', () => {
    const data = makeDataset(options);
    expect(data.contacts.some((c) => /[^\u0000-\u024F\u2019 ]/.test(c.name))).toBe(true);
    expect(data.interviews.some((i) => i.round > 1)).toBe(true);
    const emails = data.contacts.map((c) => c.email).filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
  });
});
