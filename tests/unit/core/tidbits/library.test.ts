import { describe, expect, it } from 'vitest';
import { searchTidbits, sentToIndex } from '../../../../src/core/tidbits/library.ts';
import type { Tidbit, Touch } from '../../../../src/core/types.ts';
import { tidbitRecord } from '../../../support/records.ts';

function tidbit(id: string, fields: Partial<Tidbit> = {}): Tidbit {
  return tidbitRecord({ id, url: `https://example.com/${id}`, title: id, ...fields });
}

const library = [
  tidbit('rust', { title: 'Rust at Scale', topics: ['Rust', 'latency'], interviewId: 'iv-1', savedAt: 3 }),
  tidbit('kafka', { title: 'Kafka notes', excerpt: 'Über Größe von Clustern', foundOn: 'https://news.ycombinator.com/', savedAt: 5 }),
  tidbit('ml', { title: '機械学習の基礎', topics: ['機械'], interviewId: 'iv-2', savedAt: 1 }),
  tidbit('cafe', { title: 'Café culture', topics: ['Café'], savedAt: 5 }),
];
const search = (filter: Parameters<typeof searchTidbits>[1]) => searchTidbits(library, filter).map((t) => t.id);

describe('searchTidbits', () => {
  it.each([
    [{}, ['cafe', 'kafka', 'rust', 'ml']],
    [{ words: '' }, ['cafe', 'kafka', 'rust', 'ml']],
    [{ words: 'rust' }, ['rust']],
    [{ words: 'RUST scale' }, ['rust']],
    [{ words: 'rust kafka' }, []],
    [{ words: 'kaf' }, ['kafka']],
    [{ words: 'grosse clustern' }, ['kafka']],
    [{ words: 'uber' }, ['kafka']],
    [{ words: 'cafe' }, ['cafe']],
    [{ words: 'ycombinator' }, ['kafka']],
    [{ words: 'example.com/ml' }, ['ml']],
    [{ words: '学習' }, ['ml']],
    [{ interviewId: 'iv-1' }, ['rust']],
    [{ interviewId: 'none' }, ['cafe', 'kafka']],
    [{ interviewId: null }, ['cafe', 'kafka', 'rust', 'ml']],
    [{ topic: 'LATENCY' }, ['rust']],
    [{ topic: 'cafe' }, ['cafe']],
    [{ topic: 'nope' }, []],
    [{ words: 'notes', interviewId: 'none' }, ['kafka']],
    [{ words: 'rust', interviewId: 'iv-2' }, []],
  ])('%j → %j', (filter, expected) => {
    expect(search(filter)).toEqual(expected);
  });

  it('sees an edited record, which is a new object', () => {
    const before = tidbit('a', { title: 'Old' });
    expect(searchTidbits([before], { words: 'old' })).toHaveLength(1);
    const after = { ...before, title: 'New' };
    expect(searchTidbits([after], { words: 'old' })).toHaveLength(0);
    expect(searchTidbits([after], { words: 'new' })).toHaveLength(1);
  });
});

describe('sentToIndex', () => {
  const contacts = [
    { id: 'ana', name: 'Ana' },
    { id: 'bo', name: 'Bo' },
  ];
  const touch = (tidbitId: string | null, contactId: string, status: Touch['status'], sentAt: number | null) => ({
    tidbitId,
    contactId,
    status,
    sentAt,
  });

  it('lists, per tidbit, who it was sent to, in the order they got it, each once', () => {
    const index = sentToIndex(
      [
        touch('t1', 'bo', 'sent', 20),
        touch('t1', 'ana', 'sent', 10),
        touch('t1', 'bo', 'sent', 30),
        touch('t2', 'ana', 'planned', null),
        touch('t3', 'ana', 'skipped', null),
        touch(null, 'ana', 'sent', 5),
        touch('t4', 'deleted-person', 'sent', 5),
        touch('t5', 'bo', 'sent', 7),
      ],
      contacts,
    );
    expect(Object.fromEntries(index)).toEqual({ t1: ['Ana', 'Bo'], t5: ['Bo'] });
  });

  it('is empty when nothing was sent', () => {
    expect(sentToIndex([], contacts).size).toBe(0);
  });
});
