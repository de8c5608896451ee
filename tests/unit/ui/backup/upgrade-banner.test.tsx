/**
 * A database this version cannot open: an upgrade step that fails (added here
 * to the real list of migrations), or data written by a newer version. The
 * dashboard says the data is intact and hands over a copy of it as it is; when
 * the failed upgrade was the first (nothing stored yet), the copy creates
 * nothing, and the next start sets the database up.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../../src/core/backup/parse.ts';
import { MIGRATIONS } from '../../../../src/db/migrations.ts';
import { openDatabase } from '../../../../src/db/open.ts';
import { DB_NAME } from '../../../../src/db/schema.ts';
import { App } from '../../../../src/options/App.tsx';
import { seedDatabase } from '../../../support/seed.ts';
import { axeViolations } from '../../../support/axe.ts';
import { dashboardData } from '../../../support/seed-dashboard.ts';
import { catchDownloads } from './downloads.ts';

vi.mock('../../../../src/db/migrations.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/db/migrations.ts')>();
  const failing = () => {
    throw new Error('step failed');
  };
  return { ...real, MIGRATIONS: [...real.MIGRATIONS, failing], DB_VERSION: real.MIGRATIONS.length + 1 };
});

afterEach(() => vi.restoreAllMocks());

const SHIPPED = MIGRATIONS.length - 1;

async function expectBannerWithACopyOf(interviewIds: string[]) {
  const downloads = catchDownloads();
  const view = render(<App />);
  expect(await screen.findByRole('heading', { name: 'Your data is safe, but this version of Afterview cannot open it' })).toBeTruthy();
  expect(screen.getByText(/Nothing was changed or lost, and it can still be read\./)).toBeTruthy();
  expect(screen.queryByRole('navigation')).toBeNull();
  expect(await axeViolations(view.container)).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Download a copy of your data' }));
  await screen.findByText(/^Saved afterview-backup-/);
  const [file] = await downloads();
  const parsed = parseBackup(file!.text);
  expect(parsed.ok && parsed.backup.data.interviews.map((i) => i.id).sort()).toEqual(interviewIds);
}

describe('a database this version cannot open', () => {
  it('after a failed upgrade: says the data is intact, and the copy holds all of it', async () => {
    const old = await openDatabase(DB_NAME, SHIPPED);
    await seedDatabase(old, dashboardData());
    old.close();

    await expectBannerWithACopyOf(['acme', 'globex', 'initech']);
    // Still the old version, with the old data.
    const after = await openDB(DB_NAME);
    expect(after.version).toBe(SHIPPED);
    expect(await after.count('contacts')).toBe(4);
    after.close();
  });

  it('written by a newer version: says the same, and the copy is readable by this one', async () => {
    const newer = await openDB(DB_NAME, SHIPPED + 5, {
      upgrade(d) {
        for (const store of ['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints', 'templates']) d.createObjectStore(store, { keyPath: 'id' });
        d.createObjectStore('settings');
        d.createObjectStore('somethingNew');
      },
    });
    await seedDatabase(newer as never, dashboardData(), ['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints']);
    newer.close();
    await expectBannerWithACopyOf(['acme', 'globex', 'initech']);
  });

  it('on a first run whose setup failed: says nothing is lost, the copy creates nothing, and the next start works', async () => {
    const downloads = catchDownloads();
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    render(<App />);
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading').textContent).toBe('Afterview could not set up its storage in this browser');
    expect([...banner.querySelectorAll('p')].map((p) => p.textContent).filter(Boolean)).toEqual([
      'Nothing has been stored yet, so nothing is lost.',
      'The usual cause is a full disk. Free some space, then try again.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Download a copy of your data' }));
    await screen.findByText('Nothing is stored in this browser yet, so there is nothing to copy.');
    expect(await downloads()).toEqual([]);
    // An open with no version would have made an empty version-1 database here, which no later start could upgrade.
    expect(await indexedDB.databases()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reload).toHaveBeenCalledOnce();

    // The next start, once the cause is gone: this build's real migrations.
    vi.doUnmock('../../../../src/db/migrations.ts');
    vi.resetModules();
    const { openDatabase: openReal } = await import('../../../../src/db/open.ts');
    const { DB_VERSION: current } = await import('../../../../src/db/migrations.ts');
    const d = await openReal(DB_NAME);
    expect(d.version).toBe(current);
    expect(await d.count('interviews')).toBe(0);
    await d.put('interviews', dashboardData().interviews[0]!);
    expect(await d.count('interviews')).toBe(1);
    d.close();
  });
});

