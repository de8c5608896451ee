/**
 * A database this version cannot open: an upgrade step that fails (added here
 * to the real list of migrations), or data written by a newer version. The
 * dashboard says the data is intact and hands over a copy of it as it is.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../../src/core/backup/parse.ts';
import { MIGRATIONS } from '../../../../src/db/migrations.ts';
import { openDatabase } from '../../../../src/db/open.ts';
import { DB_NAME } from '../../../../src/db/schema.ts';
import { App } from '../../../../src/options/App.tsx';
import { seedDatabase } from '../../../support/seed.ts';
import { axeViolations } from '../../../support/axe.ts';
import { dashboardData } from '../dashboard/fixtures.ts';
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
});
