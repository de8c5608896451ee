import { describe, expect, it } from 'vitest';
import { draftTidbit } from '../../../src/core/tidbits/draft.ts';
import { TERMS_VERSION, withTerms } from '../../../src/core/tidbits/terms.ts';
import type { Tidbit } from '../../../src/core/types.ts';
import { openDatabase } from '../../../src/db/open.ts';
import {
  deleteTidbit,
  getTidbit,
  listAllTidbits,
  listTidbitsFor,
  restoreTidbit,
  saveTidbit,
  updateTidbit,
} from '../../../src/db/tidbits.ts';

let counter = 0;
function draft(url: string, fields: { linkText?: string; selection?: string; interview?: { id: string; notes: string } | null; now?: number } = {}): Tidbit {
  const result = draftTidbit({
    url,
    linkText: fields.linkText ?? null,
    selection: fields.selection ?? null,
    pageUrl: 'https://news.example/',
    interview: fields.interview ?? null,
    now: fields.now ?? 1000,
    newId: () => `id-${++counter}`,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.tidbit;
}

const acme = { id: 'iv-acme', notes: 'Rust and latency' };
const globex = { id: 'iv-globex', notes: 'Kafka' };

describe('saveTidbit', () => {
  it('adds a new tidbit', async () => {
    const d = await openDatabase('tidbits-add');
    const first = draft('https://example.com/a', { linkText: 'Rust tips', interview: acme });
    const saved = await saveTidbit(d, first);
    // Stored with the terms ranking reads, computed from its text.
    expect(saved).toEqual({ tidbit: withTerms(first), created: true });
    expect(await getTidbit(d, first.id)).toEqual(withTerms(first));
    d.close();
  });

  it('updates the record when the same address is saved again for the same interview', async () => {
    const d = await openDatabase('tidbits-again');
    const first = draft('https://example.com/a?utm_source=x', { linkText: 'Rust tips', selection: 'A quote', interview: acme, now: 1 });
    await saveTidbit(d, first);
    const again = draft('https://EXAMPLE.com/a#top', { linkText: 'Rust tips, latency edition', interview: acme, now: 2 });
    const saved = await saveTidbit(d, again);

    expect(saved.created).toBe(false);
    expect(saved.tidbit).toEqual(
      withTerms({
        ...first,
        title: 'Rust tips, latency edition',
        excerpt: 'A quote',
        topics: ['rust', 'latency'],
        savedAt: 2,
      }),
    );
    expect(await listAllTidbits(d)).toEqual([saved.tidbit]);
    d.close();
  });

  it('keeps separate records for the same address saved for different interviews or for none', async () => {
    const d = await openDatabase('tidbits-separate');
    await saveTidbit(d, draft('https://example.com/a', { interview: acme }));
    await saveTidbit(d, draft('https://example.com/a', { interview: globex }));
    await saveTidbit(d, draft('https://example.com/a', { interview: null }));
    const again = await saveTidbit(d, draft('https://example.com/a', { interview: null, now: 5 }));
    expect(again.created).toBe(false);
    const all = await listAllTidbits(d);
    expect(all.map((t) => t.interviewId).sort()).toEqual(['iv-acme', 'iv-globex', null].sort());
    d.close();
  });

  it('does not duplicate when the same address is saved twice at once', async () => {
    const d = await openDatabase('tidbits-race');
    const results = await Promise.all([
      saveTidbit(d, draft('https://example.com/a', { interview: acme, now: 1 })),
      saveTidbit(d, draft('https://example.com/a', { interview: acme, now: 2 })),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await listAllTidbits(d)).toHaveLength(1);
    d.close();
  });
});

describe('listing', () => {
  it('lists one interview’s tidbits and all tidbits, the newest first', async () => {
    const d = await openDatabase('tidbits-list');
    await saveTidbit(d, draft('https://example.com/1', { interview: acme, now: 1 }));
    await saveTidbit(d, draft('https://example.com/2', { interview: globex, now: 2 }));
    await saveTidbit(d, draft('https://example.com/3', { interview: acme, now: 3 }));
    await saveTidbit(d, draft('https://example.com/4', { interview: null, now: 4 }));
    expect((await listTidbitsFor(d, 'iv-acme')).map((t) => t.url)).toEqual(['https://example.com/3', 'https://example.com/1']);
    expect((await listAllTidbits(d)).map((t) => t.savedAt)).toEqual([4, 3, 2, 1]);
    d.close();
  });
});

describe('updateTidbit', () => {
  it('cleans and stores the user’s edits', async () => {
    const d = await openDatabase('tidbits-update');
    const { tidbit } = await saveTidbit(d, draft('https://example.com/a', { linkText: 'Old', interview: acme }));
    const result = await updateTidbit(d, tidbit.id, { title: '  New\u0000 title ', topics: ['#Go', 'go', 'Rust'], interviewId: null });
    // The terms follow the new title and topics.
    expect(result).toEqual({ tidbit: withTerms({ ...tidbit, title: 'New title', topics: ['Go', 'Rust'], interviewId: null }), absorbed: null });
    expect(result.tidbit.terms?.title).toContain('rust');
    expect(await getTidbit(d, tidbit.id)).toEqual(result.tidbit);
    d.close();
  });

  it('merges into one record when moved to an interview that has the same address, and can be undone', async () => {
    const d = await openDatabase('tidbits-move');
    const { tidbit: forAcme } = await saveTidbit(d, draft('https://example.com/a', { linkText: 'Rust', interview: acme }));
    const { tidbit: loose } = await saveTidbit(d, { ...draft('https://example.com/a', { interview: null }), topics: ['kafka'] });
    const moved = await updateTidbit(d, loose.id, { interviewId: 'iv-acme' });

    expect(moved.absorbed).toEqual(forAcme);
    expect(moved.tidbit.topics).toEqual(['kafka', 'rust']);
    expect((await listAllTidbits(d)).map((t) => t.id)).toEqual([loose.id]);

    await restoreTidbit(d, moved.absorbed!);
    await updateTidbit(d, loose.id, { interviewId: null, topics: loose.topics });
    expect((await listAllTidbits(d)).map((t) => [t.id, t.interviewId]).sort()).toEqual(
      [
        [forAcme.id, 'iv-acme'],
        [loose.id, null],
      ].sort(),
    );
    d.close();
  });

  it('refuses an unknown id', async () => {
    const d = await openDatabase('tidbits-unknown');
    await expect(updateTidbit(d, 'nope', { title: 'x' })).rejects.toThrow('errTidbitGone');
    d.close();
  });
});

describe('deleteTidbit and restoreTidbit', () => {
  it('deletes a tidbit and puts it back exactly', async () => {
    const d = await openDatabase('tidbits-delete');
    const { tidbit } = await saveTidbit(d, draft('https://example.com/a', { linkText: 'Rust', interview: acme }));
    const deleted = await deleteTidbit(d, tidbit.id);
    expect(deleted).toEqual(tidbit);
    expect(await listAllTidbits(d)).toEqual([]);
    await restoreTidbit(d, deleted!);
    expect(await listAllTidbits(d)).toEqual([tidbit]);
    expect(await deleteTidbit(d, 'nope')).toBeUndefined();
    d.close();
  });

  it('puts back the terms it had when they are of this version, and computes them when they are not', async () => {
    const d = await openDatabase('tidbits-restore-terms');
    const { tidbit } = await saveTidbit(d, draft('https://example.com/a', { linkText: 'Rust', interview: acme }));
    // Terms no text would give: kept, they were not computed again.
    const kept = { ...tidbit, terms: { v: TERMS_VERSION, title: ['stored'], text: [] } };
    await restoreTidbit(d, kept);
    expect(await getTidbit(d, tidbit.id)).toEqual(kept);
    // Terms of another version (or none) are computed from the text.
    await restoreTidbit(d, { ...tidbit, terms: { v: TERMS_VERSION - 1, title: ['stale'], text: [] } });
    expect(await getTidbit(d, tidbit.id)).toEqual(withTerms(tidbit));
    const { terms: _terms, ...bare } = tidbit;
    await restoreTidbit(d, bare);
    expect(await getTidbit(d, tidbit.id)).toEqual(withTerms(tidbit));
    d.close();
  });
});
