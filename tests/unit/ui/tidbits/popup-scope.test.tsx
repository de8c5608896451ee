/**
 * With thousands of tidbits stored, the popup must read only the interview
 * shown, through the interviewId index, never the whole library. (How fast it
 * is, is measured in the benchmark.)
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import * as tidbitStore from '../../../../src/db/tidbits.ts';
import { TidbitLibrary } from '../../../../src/ui/tidbits/TidbitLibrary.tsx';
import { interview, NOW, tidbit } from '../../../support/seed-library.ts';

vi.mock('../../../../src/db/tidbits.ts', async (original) => {
  const real = await original<typeof import('../../../../src/db/tidbits.ts')>();
  return { ...real, listAllTidbits: vi.fn(real.listAllTidbits), listTidbitsFor: vi.fn(real.listTidbitsFor) };
});

/** The titles of the tidbits on screen, in order. */
const titles = () => [...document.querySelectorAll('.library-item__title')].map((el) => el.textContent);

let shown: string;
beforeEach(async () => {
  vi.mocked(tidbitStore.listAllTidbits).mockClear();
  vi.mocked(tidbitStore.listTidbitsFor).mockClear();
  shown = (await interview('Acme', NOW)).id;
  const other = (await interview('Globex', NOW)).id;
  const tx = (await db()).transaction('tidbits', 'readwrite');
  for (let i = 0; i < 500; i += 1) void tx.store.put(tidbit({ id: `other-${i}`, interviewId: i % 2 ? other : null, savedAt: NOW - i }));
  for (let i = 0; i < 3; i += 1) void tx.store.put(tidbit({ id: `mine-${i}`, title: `Mine ${i}`, interviewId: shown, savedAt: NOW + i }));
  await tx.done;
});

describe('the popup’s list for one interview', () => {
  it('reads and draws that interview’s tidbits only, newest first, without ever loading the library', async () => {
    render(<TidbitLibrary interviewId={shown} />);
    await screen.findByRole('heading', { name: 'Tidbits (3)' });
    await waitFor(() => expect(titles()).toEqual(['Mine 2', 'Mine 1', 'Mine 0']));
    expect(tidbitStore.listTidbitsFor).toHaveBeenCalledWith(expect.anything(), shown);
    expect(tidbitStore.listAllTidbits).not.toHaveBeenCalled();
  });

  it('while the dashboard loads them all', async () => {
    render(<TidbitLibrary headingId="h" />);
    await screen.findByText('Showing 100 of 503', undefined, { timeout: 5000 });
    expect(tidbitStore.listAllTidbits).toHaveBeenCalledOnce();
  });
});

describe('the dashboard library at scale', () => {
  it('shows its newest page at once, before every tidbit is read', async () => {
    // Reading the whole library never finishes here: only the first page can be what is shown.
    vi.mocked(tidbitStore.listAllTidbits).mockImplementationOnce(() => new Promise(() => undefined));
    render(<TidbitLibrary headingId="h" />);
    await waitFor(() => expect(document.querySelectorAll('.library-item').length).toBeGreaterThan(0));
    expect(document.querySelector('.library-item__title')?.textContent).toBe('Mine 2');
    expect(screen.getByText('Showing the newest 25; reading the others…')).toBeTruthy();
    // The whole library is read once the first page is on screen.
    await waitFor(() => expect(tidbitStore.listAllTidbits).toHaveBeenCalledOnce());
  });
});
