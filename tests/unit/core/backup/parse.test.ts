import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, serializeBackup, type BackupData } from '../../../../src/core/backup/backup-file.ts';
import { checkBackupSize, parseBackup } from '../../../../src/core/backup/parse.ts';
import type { Problem } from '../../../../src/core/backup/problems.ts';
import { LIMITS } from '../../../../src/core/text.ts';
import { makeDataset } from '../../../support/seed.ts';

const dataset = makeDataset({ interviews: 6, contacts: 10, tidbits: 8, touchpoints: 14, seed: 11 });
const valid = serializeBackup(dataset, { appVersion: '1.0.0', exportedAt: Date.UTC(2026, 0, 15) });

type File = { format: unknown; version: unknown; exportedAt: unknown; app: unknown; data: Record<string, any> };
/** The valid file with one change made to its JSON. */
function edited(change: (file: File, data: BackupData & Record<string, any>) => void): string {
  const file = JSON.parse(valid) as File;
  change(file, file.data as BackupData & Record<string, any>);
  return JSON.stringify(file);
}
function problems(text: string, maxBytes?: number): Problem[] {
  const result = parseBackup(text, maxBytes === undefined ? {} : { maxBytes });
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}
const interviewAt = (i: number) => ['interviews', String(i + 1), dataset.interviews[i]!.id];

afterEach(() => vi.restoreAllMocks());

it('accepts the valid file', () => {
  expect(parseBackup(valid).ok).toBe(true);
});

describe('a file that is not a backup', () => {
  it('says where JSON parsing stopped, as line and column', () => {
    expect(problems('{\n"format": "afterview-backup"\n"version": 1}')).toEqual([{ key: 'backupErrNotJsonAt', substitutions: ['3', '1'] }]);
  });

  it('still refuses JSON when the engine gives no position', () => {
    expect(problems('[1,2,]')).toEqual([{ key: 'backupErrNotJson', substitutions: [] }]);
    expect(problems('')).toEqual([{ key: 'backupErrNotJson', substitutions: [] }]);
  });

  it("reads Firefox's line and column", () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 12 column 5 of the JSON data');
    });
    expect(problems('{')).toEqual([{ key: 'backupErrNotJsonAt', substitutions: ['12', '5'] }]);
  });

  it.each([
    ['another format marker', edited((f) => (f.format = 'other-app-export'))],
    ['no marker', edited((f) => delete (f as Partial<File>).format)],
    ['a JSON list', '[]'],
    ['a JSON string', '"afterview-backup"'],
  ])('refuses %s', (_name, text) => {
    expect(problems(text)).toEqual([{ key: 'backupErrNotBackup', substitutions: [] }]);
  });

  it('refuses a newer format version with that one problem, without reading the records', () => {
    const text = edited((f) => {
      f.version = 2;
      f.data = { interviews: 'in a shape this build does not know' };
    });
    expect(problems(text)).toEqual([{ key: 'backupErrNewerVersion', substitutions: ['2', '1'] }]);
  });

  it.each([
    ['version', edited((f) => (f.version = '1'))],
    ['version', edited((f) => (f.version = 0))],
    ['exportedAt', edited((f) => (f.exportedAt = 'yesterday'))],
    ['app.version', edited((f) => (f.app = {}))],
    ['data', edited((f) => (f.data = []))],
    ['data.contacts', edited((_f, d) => (d.contacts = {} as never))],
    ['data.settings', edited((_f, d) => (d.settings = 'dark mode' as never))],
  ])('names the top-level entry %s when it is wrong', (entry, text) => {
    expect(problems(text)).toContainEqual({ key: 'backupErrTopField', substitutions: [entry] });
  });
});

describe('the size bound', () => {
  it('refuses a file over the bound before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(problems(valid, 1_000)).toEqual([
      { key: 'backupErrTooLarge', substitutions: [String(Math.ceil(new TextEncoder().encode(valid).length / 1048576)), '0'] },
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify({ format: 'é'.repeat(60) });
    expect(text.length).toBeLessThan(100);
    expect(problems(text, 100)[0]!.key).toBe('backupErrTooLarge');
    expect(problems(text, 200)[0]!.key).toBe('backupErrNotBackup');
  });

  it('lets the UI check a file size before reading it', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toEqual({ key: 'backupErrTooLarge', substitutions: ['201', '200'] });
  });
});

describe('a record that is wrong', () => {
  const touch = dataset.touchpoints[0]!;
  const tidbit = dataset.tidbits[0]!;
  const contact = dataset.contacts[2]!;
  const template = dataset.templates[0]!;
  const cases: [string, string, Problem][] = [
    ['not an object', edited((_f, d) => (d.templates[1] = 42 as never)), { key: 'backupErrNotRecord', substitutions: ['templates', '2'] }],
    ['a missing field', edited((_f, d) => delete (d.interviews[0] as Partial<BackupData['interviews'][0]>).company), { key: 'backupErrMissing', substitutions: [...interviewAt(0), 'company'] }],
    ['a missing nullable field', edited((_f, d) => delete (d.interviews[0] as any).end), { key: 'backupErrMissing', substitutions: [...interviewAt(0), 'end'] }],
    ['text of the wrong type', edited((_f, d) => ((d.contacts[2] as any).name = 5)), { key: 'backupErrExpectedText', substitutions: ['contacts', '3', contact.id, 'name'] }],
    ['an empty id', edited((_f, d) => ((d.templates[0] as any).id = '')), { key: 'backupErrExpectedId', substitutions: ['templates', '1', '—', 'id'] }],
    ['an instant as a string', edited((_f, d) => ((d.touchpoints[0] as any).dueAt = '2026-01-01')), { key: 'backupErrExpectedInstant', substitutions: ['touchpoints', '1', touch.id, 'dueAt'] }],
    ['an instant that is not finite', edited((_f, d) => ((d.interviews[0] as any).createdAt = -1)), { key: 'backupErrExpectedInstant', substitutions: [...interviewAt(0), 'createdAt'] }],
    ['a round that is not whole', edited((_f, d) => ((d.interviews[0] as any).round = 1.5)), { key: 'backupErrExpectedInteger', substitutions: [...interviewAt(0), 'round', '1', '100'] }],
    ['a boolean as text', edited((_f, d) => ((d.touchpoints[0] as any).asksStatus = 'yes')), { key: 'backupErrExpectedBoolean', substitutions: ['touchpoints', '1', touch.id, 'asksStatus'] }],
    ['a list as text', edited((_f, d) => ((d.tidbits[0] as any).topics = 'rust')), { key: 'backupErrExpectedList', substitutions: ['tidbits', '1', tidbit.id, 'topics'] }],
    ['an impossible day', edited((_f, d) => ((d.interviews[0] as any).decisionDate = '2026-02-30')), { key: 'backupErrExpectedDay', substitutions: [...interviewAt(0), 'decisionDate'] }],
    // Dates Date can hold but no person means: the planner and the dashboard's formatting break on them.
    ['the last instant a Date can hold', edited((_f, d) => ((d.interviews[0] as any).start = 8.64e15)), { key: 'backupErrExpectedInstant', substitutions: [...interviewAt(0), 'start'] }],
    ['an end in the year 2201', edited((_f, d) => ((d.interviews[0] as any).end = Date.UTC(2201, 0, 1))), { key: 'backupErrExpectedInstant', substitutions: [...interviewAt(0), 'end'] }],
    ['a touch due in the year 9999', edited((_f, d) => ((d.touchpoints[0] as any).dueAt = Date.UTC(9999, 0, 1))), { key: 'backupErrExpectedInstant', substitutions: ['touchpoints', '1', touch.id, 'dueAt'] }],
    ['a decision day in 2201', edited((_f, d) => ((d.interviews[0] as any).decisionDate = '2201-01-01')), { key: 'backupErrExpectedDay', substitutions: [...interviewAt(0), 'decisionDate'] }],
    ['a holiday in 1969', edited((_f, d) => ((d.settings as any).holidays = ['1969-12-31'])), { key: 'backupErrExpectedDay', substitutions: ['settings', '1', '—', 'holidays[0]'] }],
    ['an unknown interview status', edited((_f, d) => ((d.interviews[0] as any).status = 'ghosted')), { key: 'backupErrUnknownValue', substitutions: [...interviewAt(0), 'status', 'ghosted'] }],
    ['an unknown capture source', edited((_f, d) => ((d.contacts[2] as any).capturedFrom = 'fax')), { key: 'backupErrUnknownValue', substitutions: ['contacts', '3', contact.id, 'capturedFrom', 'fax'] }],
    ['an unknown touch kind', edited((_f, d) => ((d.touchpoints[0] as any).kind = 'nudge')), { key: 'backupErrUnknownValue', substitutions: ['touchpoints', '1', touch.id, 'kind', 'nudge'] }],
    ['an unknown touch status', edited((_f, d) => ((d.touchpoints[0] as any).status = 'lost')), { key: 'backupErrUnknownValue', substitutions: ['touchpoints', '1', touch.id, 'status', 'lost'] }],
    ['an unknown template kind', edited((_f, d) => ((d.templates[0] as any).kind = 'poem')), { key: 'backupErrUnknownValue', substitutions: ['templates', '1', template.id, 'kind', 'poem'] }],
    ['a tidbit with a javascript: URL', edited((_f, d) => ((d.tidbits[0] as any).url = 'javascript:alert(1)')), { key: 'backupErrExpectedUrl', substitutions: ['tidbits', '1', tidbit.id, 'url'] }],
    ['a tidbit without a URL', edited((_f, d) => ((d.tidbits[0] as any).url = '')), { key: 'backupErrExpectedUrl', substitutions: ['tidbits', '1', tidbit.id, 'url'] }],
    ['a profile URL that is not http(s)', edited((_f, d) => ((d.contacts[2] as any).profileUrl = 'ftp://example.org/x')), { key: 'backupErrExpectedUrl', substitutions: ['contacts', '3', contact.id, 'profileUrl'] }],
    ['a data: source URL', edited((_f, d) => ((d.interviews[0] as any).sourceUrls = ['data:text/html,<b>hi</b>'])), { key: 'backupErrExpectedUrl', substitutions: [...interviewAt(0), 'sourceUrls[0]'] }],
    ['notes over the bound', edited((_f, d) => ((d.interviews[0] as any).notes = 'x'.repeat(LIMITS.notes + 1))), { key: 'backupErrTooLong', substitutions: [...interviewAt(0), 'notes', String(LIMITS.notes + 1), String(LIMITS.notes)] }],
    ['a topic over the bound', edited((_f, d) => ((d.tidbits[0] as any).topics = ['y'.repeat(LIMITS.topic + 1)])), { key: 'backupErrTooLong', substitutions: ['tidbits', '1', tidbit.id, 'topics[0]', String(LIMITS.topic + 1), String(LIMITS.topic)] }],
    ['page text of the wrong type', edited((_f, d) => ((d.tidbits[0] as any).pageText = ['On-call'])), { key: 'backupErrExpectedText', substitutions: ['tidbits', '1', tidbit.id, 'pageText'] }],
    ['page text over the bound', edited((_f, d) => ((d.tidbits[0] as any).pageText = 'p'.repeat(LIMITS.excerpt + 1))), { key: 'backupErrTooLong', substitutions: ['tidbits', '1', tidbit.id, 'pageText', String(LIMITS.excerpt + 1), String(LIMITS.excerpt)] }],
    ['too many topics', edited((_f, d) => ((d.tidbits[0] as any).topics = Array.from({ length: LIMITS.topics + 1 }, (_, i) => `t${i}`))), { key: 'backupErrTooMany', substitutions: ['tidbits', '1', tidbit.id, 'topics', String(LIMITS.topics + 1), String(LIMITS.topics)] }],
    ['a cadence out of range', edited((_f, d) => ((d.settings as any).cadence.stopAfterWeeks = -1)), { key: 'backupErrExpectedInteger', substitutions: ['settings', '1', '—', 'cadence.stopAfterWeeks', '1', '104'] }],
    ['a cadence that is not a group', edited((_f, d) => ((d.settings as any).cadence = 'weekly')), { key: 'backupErrExpectedObject', substitutions: ['settings', '1', '—', 'cadence'] }],
    ['a working day out of range', edited((_f, d) => ((d.settings as any).workingDays = [1, 7])), { key: 'backupErrExpectedInteger', substitutions: ['settings', '1', '—', 'workingDays[1]', '0', '6'] }],
    ['a holiday that is not a day', edited((_f, d) => ((d.settings as any).holidays = ['Christmas'])), { key: 'backupErrExpectedDay', substitutions: ['settings', '1', '—', 'holidays[0]'] }],
    ['a note language nobody speaks', edited((_f, d) => ((d.interviews[0] as any).noteLanguage = 'klingon')), { key: 'backupErrUnknownValue', substitutions: [...interviewAt(0), 'noteLanguage', 'klingon'] }],
    ['a time known as text', edited((_f, d) => ((d.interviews[0] as any).timeKnown = 'no')), { key: 'backupErrExpectedBoolean', substitutions: [...interviewAt(0), 'timeKnown'] }],
    ['a website that is a script', edited((_f, d) => ((d.interviews[0] as any).website = 'javascript:alert(1)')), { key: 'backupErrExpectedUrl', substitutions: [...interviewAt(0), 'website'] }],
    ['an industry over the bound', edited((_f, d) => ((d.interviews[0] as any).industry = 'i'.repeat(LIMITS.line + 1))), { key: 'backupErrTooLong', substitutions: [...interviewAt(0), 'industry', String(LIMITS.line + 1), String(LIMITS.line)] }],
    ['an address carrying a mail field', edited((_f, d) => ((d.contacts[2] as any).email = 'p@q.com&subject=hi')), { key: 'backupErrExpectedEmail', substitutions: ['contacts', '3', contact.id, 'email'] }],
    ['an address with a path', edited((_f, d) => ((d.contacts[2] as any).email = 't@u.com/../../x')), { key: 'backupErrExpectedEmail', substitutions: ['contacts', '3', contact.id, 'email'] }],
    ['an own address with a query', edited((_f, d) => ((d.settings as any).myEmails = ['me@x.example', 'n@o.com?body=hello'])), { key: 'backupErrExpectedEmail', substitutions: ['settings', '1', '—', 'myEmails[1]'] }],
    ['an on-device AI switch that is not one', edited((_f, d) => ((d.settings as any).onDeviceAi = 'no')), { key: 'backupErrExpectedBoolean', substitutions: ['settings', '1', '—', 'onDeviceAi'] }],
  ];

  it.each(cases)('names %s precisely', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('reports a missing id, and what then points nowhere', () => {
    const found = problems(edited((_f, d) => delete (d.contacts[0] as any).id));
    expect(found[0]).toEqual({ key: 'backupErrMissing', substitutions: ['contacts', '1', '—', 'id'] });
    expect(found.slice(1).every((p) => p.key === 'backupErrMissingContact' && p.substitutions[3] === dataset.contacts[0]!.id)).toBe(true);
  });

  it('bounds and cleans values quoted from the file', () => {
    const [found] = problems(edited((_f, d) => ((d.interviews[0] as any).status = `\u202E${'z'.repeat(1000)}`)));
    expect(found!.substitutions[4]).toBe('z'.repeat(80));
  });
});

describe('records that disagree with each other', () => {
  it('refuses an id used twice, naming both records', () => {
    const text = edited((_f, d) => (d.templates[1]!.id = d.templates[0]!.id));
    expect(problems(text)).toEqual([{ key: 'backupErrDuplicateId', substitutions: ['templates', dataset.templates[0]!.id, '1', '2'] }]);
  });

  it.each([
    ['an interviewer for a missing interview', (d: BackupData) => (d.interviewers[0]!.interviewId = 'gone'), { key: 'backupErrMissingInterview', substitutions: ['interviewers', '1', dataset.interviewers[0]!.id, 'gone'] }],
    ['an interviewer for a missing contact', (d: BackupData) => (d.interviewers[1]!.contactId = 'gone'), { key: 'backupErrMissingContact', substitutions: ['interviewers', '2', dataset.interviewers[1]!.id, 'gone'] }],
    ['a tidbit for a missing interview', (d: BackupData) => (d.tidbits.find((t) => t.interviewId)!.interviewId = 'gone'), { key: 'backupErrMissingInterview', substitutions: ['tidbits', String(dataset.tidbits.findIndex((t) => t.interviewId) + 1), dataset.tidbits.find((t) => t.interviewId)!.id, 'gone'] }],
    ['a touchpoint for a missing interview', (d: BackupData) => (d.touchpoints[2]!.interviewId = 'gone'), { key: 'backupErrMissingInterview', substitutions: ['touchpoints', '3', dataset.touchpoints[2]!.id, 'gone'] }],
    ['a touchpoint for a missing contact', (d: BackupData) => (d.touchpoints[3]!.contactId = 'gone'), { key: 'backupErrMissingContact', substitutions: ['touchpoints', '4', dataset.touchpoints[3]!.id, 'gone'] }],
    ['a touchpoint with a missing tidbit', (d: BackupData) => (d.touchpoints[4]!.tidbitId = 'gone'), { key: 'backupErrMissingTidbit', substitutions: ['touchpoints', '5', dataset.touchpoints[4]!.id, 'gone'] }],
  ])('refuses %s', (_name, change, expected) => {
    expect(problems(edited((_f, d) => change(d)))).toEqual([expected]);
  });

  it('accepts a tidbit saved for no interview yet', () => {
    expect(parseBackup(edited((_f, d) => (d.tidbits[0]!.interviewId = null))).ok).toBe(true);
  });
});

describe('what is accepted as it is, or tidied', () => {
  it('keeps at most 20 problems, and counts them all', () => {
    const text = edited((_f, d) => {
      d.interviews = Array.from({ length: 30 }, (_, i) => ({ ...d.interviews[0]!, id: `i${i}`, status: 'lost' as never }));
      d.interviewers = [];
      d.touchpoints = [];
      d.tidbits = [];
    });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(20);
      expect(result.count).toBe(30);
    }
  });

  it('drops control and bidi-override characters rather than refusing the file', () => {
    const result = parseBackup(edited((_f, d) => (d.interviews[0]!.notes = 'Call \u202Eback\u0007 on Monday')));
    expect(result.ok && result.backup.data.interviews[0]!.notes).toBe('Call back on Monday');
  });

  it('drops invisible characters from names, as the forms and the capture do', () => {
    const result = parseBackup(
      edited((_f, d) => {
        d.contacts[0]!.name = 'Ja\u200Bne\u00AD D\u2060oe\u061C';
        d.contacts[0]!.company = 'Ac\u200Dme';
        d.interviews[0]!.company = 'Ac\u200Cme';
      }),
    );
    expect(result.ok && [result.backup.data.contacts[0]!.name, result.backup.data.contacts[0]!.company, result.backup.data.interviews[0]!.company]).toEqual([
      'Jane Doe',
      'Acme',
      'Acme',
    ]);
  });

  it('keeps an address in the one form every address is kept in, and an empty one as empty', () => {
    const result = parseBackup(
      edited((_f, d) => {
        d.contacts[0]!.email = 'Jane.Doe@Exa\u200Bmple.COM';
        d.contacts[1]!.email = '';
        d.settings!.myEmails = ['ME@Home.Example'];
      }),
    );
    expect(result.ok && [result.backup.data.contacts[0]!.email, result.backup.data.contacts[1]!.email, result.backup.data.settings!.myEmails]).toEqual([
      'jane.doe@example.com',
      '',
      ['me@home.example'],
    ]);
  });

  it('keeps a tidbit address as a saved tidbit keeps it: no credentials, tracking or quoted text', () => {
    const result = parseBackup(
      edited((_f, d) => {
        d.tidbits[0]!.url = 'https://jane:hunter2@Example.com:443/article?utm_source=mail&id=3&fbclid=abc#:~:text=what%20I%20read';
        d.tidbits[0]!.foundOn = 'https://user@news.example/feed?gclid=x#xtor=RSS-1';
      }),
    );
    expect(result.ok && [result.backup.data.tidbits[0]!.url, result.backup.data.tidbits[0]!.foundOn]).toEqual([
      'https://example.com/article?id=3',
      'https://news.example/feed',
    ]);
  });

  it('accepts dates from 1970 to the end of 2200', () => {
    const result = parseBackup(
      edited((_f, d) => {
        d.interviews[0]!.createdAt = 0;
        d.interviews[0]!.start = Date.UTC(2200, 11, 31, 23, 59, 59, 999);
        d.interviews[0]!.end = null;
        d.interviews[0]!.decisionDate = '2200-12-31';
        d.settings!.holidays = ['1970-01-01'];
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('keeps a tidbit’s page text, and reads a backup made before tidbits had one', () => {
    const withText = parseBackup(edited((_f, d) => ((d.tidbits[0] as any).pageText = 'On-call rotations\nCutting pager noise')));
    expect(withText.ok && withText.backup.data.tidbits[0]).toMatchObject({ pageText: 'On-call rotations\nCutting pager noise' });
    const old = parseBackup(edited((_f, d) => {
      for (const t of d.tidbits) delete (t as any).pageText;
    }));
    expect(old.ok && old.backup.data.tidbits.every((t) => !('pageText' in t))).toBe(true);
  });

  it('drops fields the types do not declare', () => {
    const result = parseBackup(edited((_f, d) => ((d.interviews[0] as any).salary = '1M')));
    expect(result.ok && Object.keys(result.backup.data.interviews[0]!)).not.toContain('salary');
  });

  it('accepts a byte-order mark that an editor added', () => {
    expect(parseBackup(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('fills settings fields added after the backup was made with their defaults', () => {
    const result = parseBackup(edited((_f, d) => delete (d.settings as any).myEmails));
    expect(result.ok && result.backup.data.settings?.myEmails).toEqual([]);
    const nested = parseBackup(edited((_f, d) => delete (d.settings as any).cadence.sameDayBeforeHour));
    expect(nested.ok && nested.backup.data.settings?.cadence.sameDayBeforeHour).toBe(15);
    const switched = parseBackup(edited((_f, d) => delete (d.settings as any).onDeviceAi));
    expect(switched.ok && switched.backup.data.settings?.onDeviceAi).toBe(true);
    const off = parseBackup(edited((_f, d) => ((d.settings as any).onDeviceAi = false)));
    expect(off.ok && off.backup.data.settings?.onDeviceAi).toBe(false);
  });

  it('reads interviews of a backup made before they had company details or a day-only time: a stated time, nothing about the company', () => {
    const old = parseBackup(edited((_f, d) => {
      for (const i of d.interviews) for (const f of ['timeKnown', 'industry', 'location', 'website']) delete (i as any)[f];
    }));
    expect(old.ok && old.backup.data.interviews.map((i) => [i.id, i.timeKnown, i.industry, i.location, i.website])).toEqual(
      dataset.interviews.map((i) => [i.id, true, '', '', '']),
    );
  });

  it('reads interviews of a backup made before notes had a language of their own: they follow the browser’s', () => {
    const old = parseBackup(edited((_f, d) => {
      for (const i of d.interviews) delete (i as any).noteLanguage;
    }));
    expect(old.ok && old.backup.data.interviews.map((i) => i.noteLanguage)).toEqual(dataset.interviews.map(() => ''));
    const result = parseBackup(valid);
    expect(result.ok && result.backup.data.interviews.map((i) => i.noteLanguage)).toContain('de');
  });

  it('keeps the company details and day-only times a backup holds', () => {
    const result = parseBackup(valid);
    expect(result.ok && result.backup.data.interviews).toEqual(dataset.interviews);
    expect(dataset.interviews.some((i) => !i.timeKnown) && dataset.interviews.some((i) => i.industry)).toBe(true);
  });

  it('accepts settings that were never saved', () => {
    const result = parseBackup(edited((_f, d) => (d.settings = null)));
    expect(result.ok && result.backup.data.settings).toBeNull();
  });
});
