import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, serializeBackup, type BackupData } from '../../../../src/core/backup/backup-file.ts';
import { exportAll } from '../../../../src/db/backup.ts';
import { db } from '../../../../src/db/open.ts';
import { STORE_NAMES } from '../../../../src/db/schema.ts';
import { BackupSection } from '../../../../src/ui/backup/BackupSection.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { interviewRecord } from '../../../support/records.ts';
import { makeDataset } from '../../../support/seed.ts';
import { axeViolations } from '../../../support/axe.ts';
import { dashboardData, NOW, seed } from '../../../support/seed-dashboard.ts';
import { catchDownloads } from './downloads.ts';

const stored = async () => exportAll(await db());
const backupText = (data: BackupData) => serializeBackup(data, { appVersion: '0.1.0', exportedAt: NOW - 86_400_000 });
const fileInput = () => screen.getByLabelText('Backup file') as HTMLInputElement;
const choose = (text: string, name = 'afterview-backup-2026-03-09.json') =>
  fireEvent.change(fileInput(), { target: { files: [new File([text], name, { type: 'application/json' })] } });
const button = (name: string) => screen.getByRole('button', { name });

function listenForChanges() {
  const handler = vi.fn((_m: unknown) => Promise.resolve({ ok: true, value: {} }));
  fakeBrowser().runtime.onMessage.addListener(handler);
  return () => handler.mock.calls.map(([m]) => m as { name: string; request: { stores: string[] } }).filter((m) => m.name === 'dataChanged');
}

/** Every value a progress bar showed while `run` went on. */
async function progressSeen(container: Element, run: () => Promise<void>): Promise<number[]> {
  const seen: number[] = [];
  const observer = new MutationObserver(() => {
    const bar = container.querySelector('progress');
    if (bar) seen.push(Number(bar.getAttribute('value') ?? (bar as HTMLProgressElement).value));
  });
  observer.observe(container, { subtree: true, childList: true, attributes: true });
  await run();
  observer.disconnect();
  return seen;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
// The download catcher spies on URL and on anchors; each test starts from the real ones.
afterEach(() => vi.restoreAllMocks());

describe('export', () => {
  it('downloads everything as one JSON file whose data is exactly what is stored', async () => {
    const data = await seed({ ...dashboardData(), templates: makeDataset({ interviews: 0, templates: 2, seed: 3 }).templates });
    const downloads = catchDownloads();
    render(<BackupSection onRestored={() => undefined} />);
    fireEvent.click(button('Export everything'));
    await screen.findByText(/^Saved afterview-backup-2026-03-10\.json/);
    const [file, ...more] = await downloads();
    expect(more).toEqual([]);
    expect(file!.name).toBe(backupFileName(NOW));
    expect(file!.type).toBe('application/json');
    const parsed = JSON.parse(file!.text) as { format: string; version: number; app: { version: string }; data: BackupData };
    expect(parsed).toMatchObject({ format: 'afterview-backup', version: 1, app: { version: '0.0.0-test' } });
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const store of ['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints', 'templates'] as const) {
      expect(byId(parsed.data[store] as { id: string }[])).toEqual(byId(data[store] as { id: string }[]));
    }
    expect(screen.getByText('Saved afterview-backup-2026-03-10.json (interviews: 3, people: 4, tidbits: 2, messages: 5).')).toBeTruthy();
  });

  it('downloads the interviews as CSV, with the byte-order mark Excel needs and the labels of this language', async () => {
    await seed();
    const downloads = catchDownloads();
    render(<BackupSection onRestored={() => undefined} />);
    fireEvent.click(button('Export interviews as CSV'));
    await screen.findByText('Saved afterview-interviews-2026-03-10.csv (interviews: 3).');
    const [file] = await downloads();
    expect(file!.name).toBe('afterview-interviews-2026-03-10.csv');
    expect(file!.type).toBe('text/csv;charset=utf-8');
    expect([...file!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = file!.text.slice(1).split('\r\n');
    expect(rows[0]).toBe(
      'Company,Industry,Location,Website,Role,Round,Status,Start,End,They will decide by,Interviewers,Interviewer emails,Notes from the interview,Source pages,They replied,Added,Last changed',
    );
    expect(rows.slice(1, -1).map((row) => row.split(',').slice(0, 7).join(','))).toEqual([
      'Initech,,,,SRE,1,Offer',
      'Globex,,,,Platform Engineer,2,Next round scheduled',
      'Acme Robotics,,,,Data Engineer,1,Awaiting decision',
    ]);
    expect(rows[3]).toContain(',Anna Lee; Ben Okafor,anna@acme.test,Talked about the Kafka migration,');
    expect(rows.at(-1)).toBe('');
  });
});

describe('import', () => {
  it('lists every problem of a broken backup, each named, and writes nothing', async () => {
    await seed();
    const before = await stored();
    const broken = dashboardData();
    broken.interviews[0] = { ...broken.interviews[0]!, company: 'x'.repeat(201) };
    broken.touchpoints.push({ ...broken.touchpoints[0]!, id: 'orphan', interviewId: 'gone' });
    render(<BackupSection onRestored={() => undefined} />);
    choose(backupText(broken), 'edited.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('edited.json cannot be restored; nothing was changed:')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'In interviews, record 1 (id acme): “company” is too long (201 characters; at most 200).',
      'In touchpoints, record 6 (id orphan) refers to interview gone, which is not in the backup.',
    ]);
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('shows the first problems and how many more there were', async () => {
    const broken = dashboardData();
    broken.interviews = Array.from({ length: 25 }, (_, i) => interviewRecord({ id: `bad-${i}`, round: 0 }));
    broken.interviewers = [];
    broken.touchpoints = [];
    broken.tidbits = [];
    render(<BackupSection onRestored={() => undefined} />);
    choose(backupText(broken));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(within(alert).getAllByRole('listitem')[0]!.textContent).toBe('In interviews, record 1 (id bad-0): “round” should be a whole number from 1 to 100.');
    expect(within(alert).getByText('And 5 more problems.')).toBeTruthy();
  });

  it('names a date no one could mean, and a day off out of range, in whole sentences', async () => {
    const broken = dashboardData();
    broken.interviews[0] = { ...broken.interviews[0]!, end: 8.64e15 };
    broken.settings = { ...broken.settings!, holidays: ['2999-12-25'] };
    render(<BackupSection onRestored={() => undefined} />);
    choose(backupText(broken), 'edited.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'In interviews, record 1 (id acme): “end” should be a date and time from 1970 to 2200.',
      'In settings, record 1 (id —): “holidays[0]” should be a day from 1970 to 2200, written as YYYY-MM-DD.',
    ]);
  });

  it.each([
    ['not JSON at all', 'this is not json', 'This file is not valid JSON'],
    ['JSON that is not a backup', '{"hello":"world"}', 'This file is not an Afterview backup.'],
    ['a backup from a newer version', '{"format":"afterview-backup","version":99}', 'This backup was made by a newer version of Afterview'],
  ])('refuses %s and says why', async (_name, text, message) => {
    render(<BackupSection onRestored={() => undefined} />);
    choose(text);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });

  it('merges a backup into what is here by default, with a progress bar and a summary, then tells the background', async () => {
    await seed();
    const changes = listenForChanges();
    const incoming = makeDataset({ interviews: 30, tidbits: 40, touchpoints: 60, seed: 11, now: NOW });
    const onRestored = vi.fn();
    const view = render(<BackupSection onRestored={onRestored} />);
    choose(backupText(incoming));
    await screen.findByText(/is a valid backup, made/);
    expect(within(screen.getByRole('list', { name: 'What the backup holds' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Interviews: 30',
      `People: ${incoming.contacts.length}`,
      `Interviewers on interviews: ${incoming.interviewers.length}`,
      'Tidbits: 40',
      'Messages sent or planned: 60',
      'Templates: 6',
    ]);
    expect((screen.getByRole('radio', { name: 'Merge with what is here' }) as HTMLInputElement).checked).toBe(true);

    const seen = await progressSeen(view.container, async () => {
      fireEvent.click(button('Restore'));
      await screen.findByText('Merged. Nothing that was here was deleted.', {}, { timeout: 10_000 });
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(Math.max(...seen)).toBeGreaterThan(50);

    const after = await stored();
    expect(after.interviews.length).toBe(3 + 30);
    expect(after.interviews.map((i) => i.id)).toEqual(expect.arrayContaining(['acme', 'globex', 'initech', ...incoming.interviews.map((i) => i.id)]));
    expect(screen.getByText('Interviews: 30 added, 0 updated, 0 already here')).toBeTruthy();
    expect(changes()).toEqual([expect.objectContaining({ request: { stores: [...STORE_NAMES] } })]);
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'a full disk',
      new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'),
      'The backup could not be restored: the disk, or the space this browser gives Afterview, is full. Your data was left as it was; free some space and restore again.',
    ],
    ['any other cause', new DOMException('The data is not valid.', 'DataError'), 'The backup could not be restored (DataError: The data is not valid.). Your data was left as it was.'],
  ])('says what stopped a restore: %s', async (_name, cause, sentence) => {
    await seed();
    const before = await stored();
    // The browser refuses the fifth record (a merge puts every record).
    const real = IDBObjectStore.prototype.put;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((writes += 1) === 5) throw cause;
      return real.apply(this, args);
    });
    render(<BackupSection onRestored={() => undefined} />);
    choose(backupText(makeDataset({ interviews: 10, seed: 12, now: NOW })));
    await screen.findByText(/is a valid backup, made/);
    fireEvent.click(button('Restore'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(sentence), { timeout: 10_000 });
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
  });

  it('asks before a replace, says what it would delete, and replaces only when confirmed', async () => {
    await seed();
    const changes = listenForChanges();
    const before = await stored();
    const incoming = makeDataset({ interviews: 5, seed: 5, now: NOW });
    render(<BackupSection onRestored={() => undefined} />);
    choose(backupText(incoming));
    await screen.findByText(/is a valid backup/);
    fireEvent.click(screen.getByRole('radio', { name: 'Replace everything here' }));
    fireEvent.click(button('Restore'));

    const confirm = await screen.findByRole('group', { name: 'Replace everything in this browser?' });
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('heading')));
    expect(within(confirm).getByRole('list', { name: 'Stored in this browser now' }).textContent).toContain('Interviews: 3');
    expect(await axeViolations(document.body)).toEqual([]);
    expect(await stored()).toEqual(before);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Replace everything in this browser?' })).toBeNull();
    expect(await stored()).toEqual(before);
    expect(changes()).toEqual([]);

    fireEvent.click(button('Restore'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete and replace' }));
    await screen.findByText('Restored. Everything here now comes from the backup.', {}, { timeout: 10_000 });
    expect(screen.getByText('Interviews: 5 added, 0 updated, 0 already here, 3 removed')).toBeTruthy();
    const after = await stored();
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const store of ['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints', 'templates'] as const) {
      expect(byId(after[store] as { id: string }[])).toEqual(byId(incoming[store] as { id: string }[]));
    }
    expect(after.settings).toEqual(incoming.settings);
    expect(changes()).toEqual([expect.objectContaining({ request: { stores: [...STORE_NAMES] } })]);
  });

  it('reads a file again when the same file is chosen after a problem', async () => {
    render(<BackupSection onRestored={() => undefined} />);
    choose('nope');
    await screen.findByRole('alert');
    expect(fileInput().value).toBe('');
    choose(backupText(dashboardData()));
    await screen.findByText(/is a valid backup/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has no accessibility violations that axe can see without layout', async () => {
    const view = render(<BackupSection onRestored={() => undefined} />);
    expect(await axeViolations(view.container)).toEqual([]);
    choose('{"format":"afterview-backup","version":1}');
    await screen.findByRole('alert');
    expect(await axeViolations(view.container)).toEqual([]);
    choose(backupText(dashboardData()));
    await screen.findByText(/is a valid backup/);
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
