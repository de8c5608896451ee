import { describe, expect, it } from 'vitest';
import { rankTidbits, type RankRequest } from '../../../../src/core/tidbits/rank.ts';
import type { Tidbit, Touch } from '../../../../src/core/types.ts';
import { tidbitRecord } from '../../../support/records.ts';

function tidbit(id: string, fields: Partial<Tidbit> = {}): Tidbit {
  return tidbitRecord({ id, url: `https://example.com/${id}`, title: `Tidbit ${id}`, savedAt: 1000, ...fields });
}

function sent(tidbitId: string, contactId: string, status: Touch['status'] = 'sent') {
  return { tidbitId, contactId, status };
}

const ana = { id: 'ana', name: 'Ana Ruiz', title: 'Staff Engineer', company: 'Acme' };
const bo = { id: 'bo', name: 'Bo Chen', title: 'Manager', company: 'ACME ' };
const cy = { id: 'cy', name: 'Cy Adams', title: 'Engineer', company: 'acme' };
const dee = { id: 'dee', name: 'Dee Okafor', title: 'Engineer', company: 'Globex' };

function request(overrides: Partial<RankRequest>): RankRequest {
  return {
    tidbits: [],
    interview: { id: 'iv', notes: '' },
    interviewerNotes: '',
    contact: ana,
    touchpoints: [],
    contacts: [ana, bo, cy, dee],
    ...overrides,
  };
}

const ids = (request: RankRequest) => rankTidbits(request).map((s) => s.tidbit.id);

describe('rankTidbits: who may receive what', () => {
  it('never offers a tidbit already sent to this person, but offers one only planned for them', () => {
    const tidbits = [tidbit('a'), tidbit('b'), tidbit('c')];
    const touchpoints = [sent('a', 'ana'), sent('b', 'ana', 'planned'), { tidbitId: null, contactId: 'ana', status: 'sent' as const }];
    expect(ids(request({ tidbits, touchpoints }))).toEqual(['b', 'c']);
  });

  it('marks a tidbit sent to colleagues at the same company, ignoring case, with their names sorted', () => {
    const tidbits = [tidbit('a'), tidbit('b')];
    const touchpoints = [sent('a', 'cy'), sent('a', 'bo'), sent('a', 'bo'), sent('b', 'dee'), sent('b', 'gone')];
    const result = rankTidbits(request({ tidbits, touchpoints }));
    expect(result.map((s) => [s.tidbit.id, s.sentToColleague])).toEqual([
      ['b', []],
      ['a', ['Bo Chen', 'Cy Adams']],
    ]);
  });

  it('has no colleagues when the company is unknown', () => {
    const nobody = { id: 'x', name: 'X', title: '', company: '' };
    const alsoNobody = { id: 'y', name: 'Y', title: '', company: ' ' };
    const result = rankTidbits(
      request({ contact: nobody, contacts: [nobody, alsoNobody], tidbits: [tidbit('a')], touchpoints: [sent('a', 'y')] }),
    );
    expect(result[0]?.sentToColleague).toEqual([]);
  });
});

describe('rankTidbits: order', () => {
  it('offers this interview’s tidbits, then unassigned ones, then other interviews’, whatever the match', () => {
    const tidbits = [
      tidbit('other', { interviewId: 'iv-2', title: 'Rust latency' }),
      tidbit('none', { title: 'Rust' }),
      tidbit('mine', { interviewId: 'iv', title: 'Gardening' }),
    ];
    expect(ids(request({ tidbits, interview: { id: 'iv', notes: 'Rust latency' } }))).toEqual(['mine', 'none', 'other']);
  });

  it('ranks by how well the title, topics and excerpt match the notes, the person’s notes and their title', () => {
    const tidbits = [
      tidbit('excerpt-only', { excerpt: 'A word on kafka.' }),
      tidbit('title', { title: 'Kafka in production' }),
      tidbit('topic', { topics: ['Kafka'] }),
      tidbit('person', { excerpt: 'All about observability.' }),
      tidbit('job', { title: 'Engineering ladders' }),
      tidbit('nothing', { title: 'Cooking' }),
    ];
    const result = rankTidbits(
      request({ tidbits, interview: { id: 'iv', notes: 'Kafka' }, interviewerNotes: 'She loves observability', contact: ana }),
    );
    // Equal scores fall back to the id, as every tidbit here was saved at the same time.
    expect(result.map((s) => [s.tidbit.id, s.score])).toEqual([
      ['job', 3], // "engineer" of the person's title (1) × title (3)
      ['person', 3], // "observability" of the person's notes (3) × excerpt (1)
      ['title', 3], // "kafka" of the interview's notes (1) × title (3)
      ['topic', 3], // "kafka" (1) × topics (3)
      ['excerpt-only', 1], // "kafka" (1) × excerpt (1)
      ['nothing', 0],
    ]);
  });

  it('counts a word once per tidbit, in its best place, and lists the words it matched', () => {
    const repeated = tidbit('repeated', { excerpt: 'rust rust rust rust rust rust', title: 'Rust' });
    const two = tidbit('two', { title: 'Rust and Kafka' });
    const result = rankTidbits(request({ tidbits: [repeated, two], interview: { id: 'iv', notes: 'Kafka, Rust' } }));
    expect(result.map((s) => [s.tidbit.id, s.score, s.matched])).toEqual([
      ['two', 6, ['kafka', 'rust']],
      ['repeated', 3, ['rust']],
    ]);
  });

  it('shows a word it matched once, however the notes wrote it ("on-call" in one note, "on call" in another)', () => {
    const oncall = tidbit('oncall', { title: 'Oncall handbook' });
    const [first] = rankTidbits(request({ tidbits: [oncall], interview: { id: 'iv', notes: 'on-call' }, interviewerNotes: 'asked about on call' }));
    // Both notes still count: the word is worth the person's (3 × 2, a pair) and the interview's (1) notes, in the title (× 3).
    expect(first).toMatchObject({ score: 21, matched: ['on call'] });
  });

  it('weighs words of the person’s notes over words of the interview’s notes', () => {
    const tidbits = [tidbit('panel', { title: 'Kafka' }), tidbit('person', { title: 'Terraform' })];
    expect(ids(request({ tidbits, interview: { id: 'iv', notes: 'kafka' }, interviewerNotes: 'terraform' }))).toEqual([
      'person',
      'panel',
    ]);
  });

  it('ignores seniority words of the job title', () => {
    const tidbits = [tidbit('senior', { title: 'Senior staff pay' }), tidbit('eng', { title: 'Engineers at work' })];
    const result = rankTidbits(request({ tidbits, contact: { ...ana, title: 'Senior Staff Engineer' } }));
    expect(result.map((s) => [s.tidbit.id, s.score])).toEqual([
      ['eng', 3],
      ['senior', 0],
    ]);
  });

  it('breaks ties: unseen at the company first, then the newest, then the smaller id', () => {
    const tidbits = [
      tidbit('seen-new', { savedAt: 9000 }),
      tidbit('b-old', { savedAt: 1000 }),
      tidbit('a-old', { savedAt: 1000 }),
      tidbit('new', { savedAt: 5000 }),
    ];
    expect(ids(request({ tidbits, touchpoints: [sent('seen-new', 'bo')] }))).toEqual(['new', 'a-old', 'b-old', 'seen-new']);
  });

  it('orders by freshness alone when there are no notes', () => {
    const tidbits = [tidbit('old', { savedAt: 1, title: 'Rust' }), tidbit('new', { savedAt: 2 })];
    const result = rankTidbits(request({ tidbits, contact: { ...ana, title: '' } }));
    expect(result.map((s) => [s.tidbit.id, s.score])).toEqual([
      ['new', 0],
      ['old', 0],
    ]);
  });

  it('does not depend on the order of its input', () => {
    const tidbits = Array.from({ length: 30 }, (_, i) =>
      tidbit(`t${String(i).padStart(2, '0')}`, { savedAt: i % 4, title: i % 3 ? 'Rust' : 'Go', interviewId: i % 5 ? null : 'iv' }),
    );
    const req = request({ tidbits, interview: { id: 'iv', notes: 'rust' }, touchpoints: [sent('t03', 'bo')] });
    expect(ids({ ...req, tidbits: [...tidbits].reverse() })).toEqual(ids(req));
  });

  it('matches non-English notes: German, Spanish, Japanese', () => {
    const tidbits = [
      tidbit('de', { title: 'Größere Datenbanken betreiben' }),
      tidbit('es', { title: 'Migración de pagos' }),
      tidbit('ja', { title: '機械学習の基礎' }),
      tidbit('en', { title: 'Gardening' }),
    ];
    const check = (notes: string) => rankTidbits(request({ tidbits, interview: { id: 'iv', notes } }))[0]?.tidbit.id;
    expect(check('Datenbanken und Größere Systeme')).toBe('de');
    expect(check('la migracion de PAGOS')).toBe('es');
    expect(check('機械学習について')).toBe('ja');
  });

  it('reads a hyphenated word as one term: "on-call" does not match every "call"', () => {
    const tidbits = [tidbit('calls', { title: 'Sales calls that close' }), tidbit('oncall', { title: 'Oncall handbook' }), tidbit('spaced', { title: 'Life on call' })];
    const result = rankTidbits(request({ tidbits, interviewerNotes: 'on-call load' }));
    expect(result.map((s) => [s.tidbit.id, s.matched])).toEqual([
      ['oncall', ['on-call']],
      ['spaced', ['on-call']],
      ['calls', []],
    ]);
  });

  it('weighs a phrase shared with the notes over the same words apart, and shows the phrase', () => {
    const tidbits = [tidbit('apart', { title: 'Noise in the pager era' }), tidbit('phrase', { title: 'Cutting pager noise' })];
    const result = rankTidbits(request({ tidbits, interviewerNotes: 'asked how I would cut pager noise' }));
    expect(result.map((s) => [s.tidbit.id, s.score, s.matched])).toEqual([
      // cut, pager, noise (3 × 3 each), "cut pager" and "pager noise" as phrases (3 × 2 × 3 each)
      ['phrase', 63, ['cut pager', 'pager noise']],
      ['apart', 18, ['noise', 'pager']],
    ]);
  });

  it('ranks a tidbit that keeps a promise to this person first of all', () => {
    const tidbits = [tidbit('mine', { interviewId: 'iv', title: 'Kafka in depth' }), tidbit('promised', { interviewId: null, title: 'Humane on-call rotations' })];
    const result = rankTidbits(request({ tidbits, interview: { id: 'iv', notes: 'Kafka' }, promises: [['oncall', 'rotation']] }));
    expect(result.map((s) => [s.tidbit.id, s.keepsPromise])).toEqual([
      ['promised', true],
      ['mine', false],
    ]);
    expect(rankTidbits(request({ tidbits, interview: { id: 'iv', notes: 'Kafka' } })).map((s) => s.tidbit.id)).toEqual(['mine', 'promised']);
  });

  it('ranks the on-call article first for the person who was promised it, on the words alone and with the promise', () => {
    const tidbits = [
      tidbit('ledger', { interviewId: 'iv', title: 'Event-sourced ledgers for payments teams', topics: ['team', 'ledger', 'payments'] }),
      tidbit('oncall', { interviewId: 'iv', title: 'Designing humane on-call rotations', pageText: 'How many people a rotation needs\nCutting pager noise at the source' }),
      tidbit('pager', { interviewId: 'iv', title: 'Cutting pager noise', excerpt: 'Alert fatigue, and how your team can end it.' }),
    ];
    const priya = {
      interview: { id: 'iv', notes: 'Team is moving the ledger to event sourcing; payments volume doubled' },
      interviewerNotes: 'Cares about on-call load on the platform team\nPromised her an article on on-call rotations',
      contact: { id: 'priya', title: 'Engineering Manager, Platform', company: 'Northwind' },
      tidbits,
    };
    const onWords = rankTidbits(request(priya));
    expect(onWords.map((s) => s.tidbit.id)).toEqual(['oncall', 'ledger', 'pager']);
    expect(onWords[0]?.matched.slice(0, 1)).toEqual(['on-call rotations']);
    expect(rankTidbits(request({ ...priya, promises: [['oncall', 'rotation']] }))[0]).toMatchObject({ tidbit: { id: 'oncall' }, keepsPromise: true });
    // Lars asked about pager noise: the pager article is his.
    expect(rankTidbits(request({ ...priya, interviewerNotes: 'asked how I would cut pager noise', contact: { id: 'lars', title: 'Staff Engineer', company: 'Northwind' } }))[0]?.tidbit.id).toBe('pager');
  });

  it('returns at most `limit` suggestions', () => {
    const tidbits = Array.from({ length: 10 }, (_, i) => tidbit(`t${i}`, { savedAt: i }));
    expect(ids(request({ tidbits, limit: 3 }))).toEqual(['t9', 't8', 't7']);
    expect(ids(request({ tidbits, limit: 0 }))).toEqual([]);
  });

  it('handles ten thousand tidbits in one pass', () => {
    const words = ['rust', 'kafka', 'latency', 'postgres', 'gardening', 'design', 'hiring', 'ladders'];
    const tidbits = Array.from({ length: 10_000 }, (_, i) =>
      tidbit(`t${i}`, {
        title: `${words[i % 8]} and ${words[(i * 3) % 8]}`,
        excerpt: `Notes on ${words[(i * 5) % 8]} `.repeat(20),
        savedAt: i,
      }),
    );
    const result = rankTidbits(
      request({ tidbits, interview: { id: 'iv', notes: 'Rust and latency' }, touchpoints: [sent('t0', 'ana')] }),
    );
    expect(result).toHaveLength(9_999);
    expect(result[0]!.score).toBeGreaterThan(result[result.length - 1]!.score);
  });
});
