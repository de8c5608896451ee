import { describe, expect, it } from 'vitest';
import { noteThing, openPromises, promiseKeptBy, promisesOf } from '../../../../src/core/compose/promises.ts';
import { tidbitRecord, touchRecord } from '../../../support/records.ts';

const people = [
  { contactId: 'priya', name: 'Priya Raman', notes: 'Cares about on-call load on the platform team\nPromised her an article on on-call rotations' },
  { contactId: 'lars', name: 'Lars Eklund', notes: 'asked how I would cut pager noise' },
];
const oncall = tidbitRecord({ id: 'oncall', url: 'https://example.test/oncall', title: 'Designing humane on-call rotations' });
const ledger = tidbitRecord({ id: 'ledger', url: 'https://example.test/ledger', title: 'Event-sourced ledgers for payments teams' });
const fromPage = tidbitRecord({ id: 'page', url: 'https://example.test/page', title: 'Rotas', pageText: 'How we run on-call\nRotations that people can live with' });

describe('promisesOf', () => {
  it('binds a promise in a person’s notes to them, with what it is about', () => {
    expect(promisesOf({ people, interviewNotes: '' })).toEqual([
      { contactId: 'priya', line: 'Promised her an article on on-call rotations', thing: 'the article on on-call rotations', about: 'on-call rotations', keys: ['oncall', 'rotation'] },
    ]);
  });

  it('binds a promise in the interview’s notes to the person it names, or to the only interviewer, or to nobody', () => {
    const named = promisesOf({ people, interviewNotes: "Told Lars I'd send the benchmark on Kafka lag" });
    expect(named.map((p) => [p.contactId, p.thing])).toEqual([
      ['priya', 'the article on on-call rotations'],
      ['lars', 'the benchmark on Kafka lag'],
    ]);
    const alone = promisesOf({ people: [people[1]!], interviewNotes: 'Will share my notes on CRDTs' });
    expect(alone.map((p) => [p.contactId, p.thing, p.about])).toEqual([['lars', 'the link to my notes on CRDTs', 'CRDTs']]);
    const nobody = promisesOf({ people, interviewNotes: 'Will share my notes on CRDTs' });
    expect(nobody.at(-1)?.contactId).toBeNull();
  });

  it('matches a promise that names no subject by the thing itself, without its kind', () => {
    const [promise] = promisesOf({ people: [{ contactId: 'a', name: 'Ann', notes: 'Promised to send the Kafka benchmarks' }], interviewNotes: '' });
    expect(promise?.keys).toEqual(['kafka', 'benchmark']);
  });

  it('finds no promise in lines that promise nothing, or in another language', () => {
    expect(promisesOf({ people: [{ contactId: 'a', name: 'Ann', notes: "I'll think about the offer\nSie hat versprochen, den Artikel zu schicken" }], interviewNotes: '' })).toEqual([]);
  });
});

describe('noteThing', () => {
  it.each([
    ['an article on on-call rotations', 'the article on on-call rotations'],
    ['a book recommendation', 'the book recommendation'],
    ['the benchmark', 'the benchmark'],
    ['Kafka lag numbers', 'the link to the Kafka lag numbers'],
    ['my notes on the migration', 'the link to my notes on the migration'],
    ['the slides from my talk on CRDTs', 'the link to the slides from my talk on CRDTs'],
    ['the link to the talk about Kafka', 'the link to the talk about Kafka'],
    ['the reading list on distributed systems', 'the reading list on distributed systems'],
    ['an analysis of pager noise', 'the analysis of pager noise'],
  ])('%s → As promised, here is %s', (thing, shown) => {
    expect(noteThing(thing)).toBe(shown);
  });
});

describe('which tidbit keeps a promise, and which promises are open', () => {
  const [promise] = promisesOf({ people, interviewNotes: '' });

  it('is kept by a tidbit that names what it is about, in its title or the page’s own text, hyphenated or not', () => {
    expect(promiseKeptBy([promise!], oncall)).toBe(promise);
    expect(promiseKeptBy([promise!], fromPage)).toBe(promise);
    expect(promiseKeptBy([promise!], tidbitRecord({ id: 'x', url: 'https://x.test/', title: 'On call rotations, done right' }))).toBe(promise);
    expect(promiseKeptBy([promise!], ledger)).toBeNull();
    expect(promiseKeptBy([promise!], tidbitRecord({ id: 'y', url: 'https://y.test/', title: 'Call centre rotations' }))).toBeNull();
    expect(promiseKeptBy([promise!], null)).toBeNull();
  });

  it('stays open until a note sent to that person carried a tidbit that keeps it, or said it was promised', () => {
    const sent = (fields: Partial<Parameters<typeof touchRecord>[0]>) => touchRecord({ id: 't', interviewId: 'iv', contactId: 'priya', status: 'sent', ...fields });
    const tidbits = [oncall, ledger];
    expect(openPromises([promise!], [], tidbits)).toEqual([promise]);
    expect(openPromises([promise!], [sent({ tidbitId: 'ledger' })], tidbits)).toEqual([promise]);
    expect(openPromises([promise!], [sent({ tidbitId: 'oncall', status: 'planned' })], tidbits)).toEqual([promise]);
    expect(openPromises([promise!], [sent({ tidbitId: 'oncall', contactId: 'lars' })], tidbits)).toEqual([promise]);
    expect(openPromises([promise!], [sent({ tidbitId: 'oncall' })], tidbits)).toEqual([]);
    expect(openPromises([promise!], [sent({ body: 'As promised, my thoughts on on-call rotations: …' })], tidbits)).toEqual([]);
    expect(openPromises([promise!], [sent({ body: 'I enjoyed our talk about on-call rotations.' })], tidbits)).toEqual([promise]);
  });
});
