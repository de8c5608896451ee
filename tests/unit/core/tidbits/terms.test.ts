import { describe, expect, it } from 'vitest';
import { rankTidbits } from '../../../../src/core/tidbits/rank.ts';
import { JOINED_MARK, needsTerms, readTerm, TERMS_VERSION, termsOfTidbit, withoutTerms, withTerms } from '../../../../src/core/tidbits/terms.ts';
import { makeDataset } from '../../../support/seed.ts';
import { tidbitRecord } from '../../../support/records.ts';

describe('a tidbit’s stored terms', () => {
  it('keeps the terms of the title and topics apart from those found only in the excerpt or the page, each once', () => {
    const source = { title: 'Pager noise at scale', topics: ['SRE'], excerpt: 'Cutting pager noise on call', pageText: 'Scaling' };
    const terms = termsOfTidbit(source);
    expect(terms.v).toBe(TERMS_VERSION);
    expect(terms.title).toEqual(expect.arrayContaining(['pager', 'nois', 'scal', 'pager nois', 'sre']));
    // "pager" and "scaling" are already in the title's group; "on call", two words read as one, is marked as such.
    expect(terms.text).toEqual(expect.arrayContaining(['cut', 'cut pager', 'call', `${JOINED_MARK}oncall`]));
    expect(terms.text).not.toContain('pager');
    expect(terms.text).not.toContain('scal');
    expect(new Set([...terms.title, ...terms.text]).size).toBe(terms.title.length + terms.text.length);
    // Where the page also writes it as one word ("on-call"), it is that word's key, which meets more.
    const both = termsOfTidbit({ ...source, pageText: 'on-call' });
    expect(both.text).toContain('oncall');
    expect(both.text).not.toContain(`${JOINED_MARK}oncall`);
  });

  it('reads back what each stored term is and the key it is matched by', () => {
    const { title, text } = termsOfTidbit({ title: 'Pager noise', topics: [], excerpt: 'on call', pageText: '' });
    const read = Object.fromEntries([...title, ...text].map((term) => [term, readTerm(term)]));
    expect(read).toEqual({
      pager: { kind: 'word', key: 'pager' },
      nois: { kind: 'word', key: 'nois' },
      'pager nois': { kind: 'phrase', key: 'pager nois' },
      [`${JOINED_MARK}pagernois`]: { kind: 'joined', key: 'pagernois' },
      call: { kind: 'word', key: 'call' },
      [`${JOINED_MARK}oncall`]: { kind: 'joined', key: 'oncall' },
    });
  });

  it('ranks ten thousand-like libraries exactly as ranking from the text does', () => {
    const data = makeDataset({ interviews: 20, contacts: 60, tidbits: 600, touchpoints: 150, seed: 5 });
    const stored = data.tidbits.map(withTerms);
    for (const link of data.interviewers.slice(0, 12)) {
      const request = {
        interview: data.interviews.find((i) => i.id === link.interviewId)!,
        interviewerNotes: `${link.notes} pager noise on call`,
        contact: data.contacts.find((c) => c.id === link.contactId)!,
        touchpoints: data.touchpoints,
        contacts: data.contacts,
        promises: [['pager', 'nois']],
      };
      const fromText = rankTidbits({ ...request, tidbits: data.tidbits });
      const fromTerms = rankTidbits({ ...request, tidbits: stored });
      expect(fromTerms.map((s) => [s.tidbit.id, s.score, s.matched, s.keepsPromise])).toEqual(
        fromText.map((s) => [s.tidbit.id, s.score, s.matched, s.keepsPromise]),
      );
      expect(fromText.some((s) => s.score > 0)).toBe(true);
    }
  });

  it('ranks from the text when the stored terms are of another version, not from stale terms', () => {
    const tidbit = tidbitRecord({ id: 't', url: 'https://example.com/', title: 'Kafka at scale' });
    const stale = { ...tidbit, terms: { v: TERMS_VERSION - 1, title: ['terraform'], text: [] } };
    expect(needsTerms(stale)).toBe(true);
    expect(needsTerms(withTerms(tidbit))).toBe(false);
    const [first] = rankTidbits({ tidbits: [stale], interview: { id: 'iv', notes: 'kafka' }, interviewerNotes: '', contact: { id: 'c', title: '', company: '' }, touchpoints: [], contacts: [] });
    expect(first).toMatchObject({ score: 3, matched: ['kafka'] });
  });

  it('ranks from the stored terms of this version, without reading the text again', () => {
    const tidbit = tidbitRecord({ id: 't', url: 'https://example.com/', title: 'Kafka at scale' });
    // Terms no text would give: only reading them can match "terraform", and the title's "kafka" is not read.
    const stored = { ...tidbit, terms: { v: TERMS_VERSION, title: ['terraform'], text: [] } };
    const rank = (notes: string) => rankTidbits({ tidbits: [stored], interview: { id: 'iv', notes }, interviewerNotes: '', contact: { id: 'c', title: '', company: '' }, touchpoints: [], contacts: [] })[0];
    expect(rank('terraform')).toMatchObject({ score: 3, matched: ['terraform'] });
    expect(rank('kafka')).toMatchObject({ score: 0 });
  });

  it('leaves a tidbit without terms as it was, and takes them away from one that has them', () => {
    const tidbit = tidbitRecord({ id: 't', url: 'https://example.com/', title: 'Kafka' });
    expect(withoutTerms(tidbit)).toBe(tidbit);
    expect(withoutTerms(withTerms(tidbit))).toEqual(tidbit);
  });
});
