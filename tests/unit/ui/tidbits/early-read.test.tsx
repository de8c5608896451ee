import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import { putTidbit } from '../../../../src/db/tidbits.ts';
import { broadcast } from '../../../../src/messages/protocol.ts';
import { loadFirstPage, readFirstPageEarly, sentToOf, takeEarlyFirstPage } from '../../../../src/ui/tidbits/library-read.ts';
import { TidbitLibrary } from '../../../../src/ui/tidbits/TidbitLibrary.tsx';
import { NOW, seedLibrary, sent, tidbit, type Library } from '../../../support/seed-library.ts';

let lib: Library;
beforeEach(async () => {
  lib = await seedLibrary();
  takeEarlyFirstPage();
});

const titles = () => [...document.querySelectorAll('.library-item__title')].map((el) => el.textContent);
const savedAtWalks = (spy: { mock: { contexts: unknown[] } }) => (spy.mock.contexts as IDBIndex[]).filter((c) => c.objectStore.name === 'tidbits' && c.name === 'savedAt').length;

describe('the first page read by the dashboard’s entry (main.tsx, opened at #tidbits)', () => {
  it('is read before the library is drawn, and the library shows it without reading it again', async () => {
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    readFirstPageEarly();
    // The database walks the savedAt index while nothing is rendered yet (the page's code is still loading).
    await waitFor(() => expect(savedAtWalks(cursors)).toBe(1));
    expect(document.querySelector('.library')).toBeNull();
    render(<TidbitLibrary />);
    await screen.findByText('Showing 4 of 4', undefined, { timeout: 5000 });
    expect(titles()).toEqual(['Über Datenqualität', 'Cutting latency with Rust', 'dbt models that last', 'Kafka at scale']);
    expect(savedAtWalks(cursors)).toBe(1);
  });

  it('is taken once: a reload (a tidbit saved from the context menu) reads the database afresh', async () => {
    readFirstPageEarly();
    render(<TidbitLibrary />);
    await screen.findByText('Showing 4 of 4', undefined, { timeout: 5000 });
    expect(takeEarlyFirstPage()).toBeNull();
    await putTidbit(await db(), tidbit({ id: 'fresh', title: 'Just saved', savedAt: NOW + 1 }));
    await broadcast('tidbitsChanged', {});
    await waitFor(() => expect(titles()[0]).toBe('Just saved'));
    expect(screen.getByText('Showing 5 of 5')).toBeTruthy();
  });
});

describe('the dashboard’s first page', () => {
  it('reads the tidbits and their interviews only, in one transaction; whom they went to is read after it is drawn', async () => {
    await sent({ id: 's1', interviewId: lib.acme.id, contactId: lib.ben, tidbitId: 'kafka', sentAt: NOW - 2 });
    const d = await db();
    const transactions = vi.spyOn(d, 'transaction');
    const page = await loadFirstPage(d, 25);
    expect(transactions.mock.calls.map((call) => call[0])).toEqual([['tidbits', 'interviews']]);
    expect(page.tidbits.map((t) => t.title)).toEqual(['Über Datenqualität', 'Cutting latency with Rust', 'dbt models that last', 'Kafka at scale']);
    expect(page.interviews.map((i) => i.company).sort()).toEqual(['Acme Robotics', 'Globex']);
    expect(page.sentTo).toBeNull();
    expect(page.complete).toBe(false);
    expect(await sentToOf(d, page.tidbits)).toEqual(new Map([['kafka', ['Ben Okafor']]]));
  });

  it('reads exactly the newest 25, however many tidbits share the 25th one’s time (an import’s, the benchmark’s)', async () => {
    const d = await db();
    for (let n = 0; n < 60; n += 1) await putTidbit(d, tidbit({ id: `tie-${String(n).padStart(2, '0')}`, title: `Tie ${n}`, savedAt: NOW + 1 }));
    await putTidbit(d, tidbit({ id: 'newest', title: 'Newest', savedAt: NOW + 2 }));
    const page = await loadFirstPage(d, 25);
    expect(page.tidbits).toHaveLength(25);
    expect(page.tidbits[0]?.title).toBe('Newest');
    expect(page.tidbits.slice(1).every((t) => t.savedAt === NOW + 1)).toBe(true);
    expect((await loadFirstPage(d, 0)).tidbits).toEqual([]);
  });

  it('keeps each tidbit’s sent line, empty, until whom it went to is read, then says it, never “Not sent yet” first', async () => {
    await sent({ id: 's1', interviewId: lib.acme.id, contactId: lib.ben, tidbitId: 'kafka', sentAt: NOW - 2 });
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const line = document.querySelector('[data-tidbit="kafka"] .library-item__sent')?.textContent;
      if (line !== undefined && line !== seen.at(-1)) seen.push(line);
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(<TidbitLibrary />);
    await screen.findByText('Showing 4 of 4', undefined, { timeout: 5000 });
    watch.disconnect();
    expect(seen).toEqual(['\u00a0', 'Sent to Ben Okafor']);
  });
});
