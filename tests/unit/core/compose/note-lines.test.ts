import { describe, expect, it } from 'vitest';
import { noteLines, promiseParts, topicPhrase, topicPicks } from '../../../../src/core/compose/note-lines.ts';

/** Lines as candidates jot them after a talk, and the phrase that completes "our conversation about …". */
const ENGLISH: [line: string, phrase: string][] = [
  ['Cares about on-call load on the platform team', 'on-call load on the platform team'],
  ['asked how I would cut pager noise', 'how to cut pager noise'],
  ['Promised her an article on on-call rotations', 'on-call rotations'],
  ['She asked about my experience with Terraform', 'my experience with Terraform'],
  ['Asked me a lot about incident reviews', 'incident reviews'],
  ['Asked what I would change in their deploy pipeline', 'what to change in your deploy pipeline'],
  ["asked how I'd scale the team to 20", 'how to scale the team to 20'],
  ['asked why I left my last job', 'why I left my last job'],
  ['Wanted to know how I handled a difficult stakeholder', 'how I handled a difficult stakeholder'],
  ['Talked about the Kafka migration', 'the Kafka migration'],
  ['We talked at length about hiring juniors', 'hiring juniors'],
  ['Spoke about their move to Kubernetes', 'your move to Kubernetes'],
  ['Discussed the roadmap for 2027', 'the roadmap for 2027'],
  ['Explained their on-call setup', 'your on-call setup'],
  ['Mentioned the reorg in Q3', 'the reorg in Q3'],
  ['Brought up the data mesh talk', 'the data mesh talk'],
  ['Very interested in observability', 'observability'],
  ['Is focused on developer experience', 'developer experience'],
  ['Priya cares a lot about psychological safety', 'psychological safety'],
  ['Excited about the new payments API', 'the new payments API'],
  ['Worried about tech debt in the billing service', 'tech debt in the billing service'],
  ['Skeptical about microservices', 'microservices'],
  ['Team is moving the ledger to event sourcing', 'moving the ledger to event sourcing'],
  ['They are rebuilding search from scratch', 'rebuilding search from scratch'],
  ['Lars is working on the new fraud model', 'the new fraud model'],
  ['Loves Rust', 'Rust'],
  ['Kafka migration came up a lot', 'Kafka migration'],
  ['Lots of questions about SQL window functions', 'SQL window functions'],
  ['Deep dive into the ledger design', 'the ledger design'],
  ['Topic: zero-downtime migrations', 'zero-downtime migrations'],
  ['Walked me through their incident process', 'your incident process'],
  ['Showed me the observability dashboards', 'the observability dashboards'],
  ['quizzed me on system design', 'system design'],
  ['grilled me on consistency models', 'consistency models'],
  ['Big on testing culture', 'testing culture'],
  ["I'll send him my notes on the migration", 'the migration'],
  ['Will share the slides from my talk on CRDTs with Lars', 'CRDTs'],
  ['I owe her the reading list on distributed systems', 'distributed systems'],
  ['promised to send the link to the talk about Kafka', 'Kafka'],
  // Already a topic: offered as written.
  ['Kafka migration', 'Kafka migration'],
  ['payments volume doubled', 'payments volume doubled'],
  // Not safe to rephrase: a clause of its own, a remark, or a promise that does not say what about.
  ['She mentioned they are hiring two SREs', 'She mentioned they are hiring two SREs'],
  ['Likes to ship small PRs', 'Likes to ship small PRs'],
  ['Her team is 12 people', 'Her team is 12 people'],
  ['Seemed tired', 'Seemed tired'],
  ["Told Lars I'd send the benchmark", "Told Lars I'd send the benchmark"],
  ['Promised a book recommendation', 'Promised a book recommendation'],
  ["I'll think about the offer", "I'll think about the offer"],
];

/**
 * The rule for every other language: the rules are English grammar, so a line
 * in another language is offered exactly as written, even when it holds an
 * English word or two.
 */
const OTHER_LANGUAGES: string[] = [
  'Sie interessiert sich für Kafka',
  'Hat nach on-call gefragt',
  'Hon frågade om on-call',
  'Le preguntó cómo reducir el ruido de alertas',
  'Nous avons parlé de la migration',
  'Ha chiesto del mio lavoro su Kubernetes',
  'Пообещал ей статью про дежурства',
  '決済基盤の移行について話した',
  'הגירת נתונים',
];

describe('topicPhrase', () => {
  it(`has a table of at least 40 English note lines (${ENGLISH.length})`, () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ENGLISH)('%s → %s', (line, phrase) => {
    expect(topicPhrase(line)).toBe(phrase);
  });

  it.each(OTHER_LANGUAGES.map((line) => [line]))('offers a line in another language as written: %s', (line) => {
    expect(topicPhrase(line)).toBe(line);
  });

  it('reads the sentence it completes as English a candidate would send', () => {
    const sentence = (line: string) => `I especially enjoyed our conversation about ${topicPhrase(line)}.`;
    expect(sentence('Cares about on-call load on the platform team')).toBe('I especially enjoyed our conversation about on-call load on the platform team.');
    expect(sentence('asked how I would cut pager noise')).toBe('I especially enjoyed our conversation about how to cut pager noise.');
    expect(sentence('Promised her an article on on-call rotations')).toBe('I especially enjoyed our conversation about on-call rotations.');
  });

  it('drops closing punctuation and folds white space, and stays fast on a long hostile line', () => {
    expect(topicPhrase('  Cares   about   Kafka!!  ')).toBe('Kafka');
    const hostile = `asked ${'about '.repeat(2_000)}x`;
    const started = performance.now();
    topicPhrase(hostile);
    topicPhrase('a '.repeat(5_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('promiseParts', () => {
  it.each([
    ['Promised her an article on on-call rotations', 'an article on on-call rotations', 'on-call rotations'],
    ["I'll send him my notes on the migration", 'my notes on the migration', 'the migration'],
    ['Will share the slides from my talk on CRDTs with Lars', 'the slides from my talk on CRDTs', 'CRDTs'],
    ["Told Lars I'd send the benchmark", 'the benchmark', ''],
    ['I owe her the reading list on distributed systems', 'the reading list on distributed systems', 'distributed systems'],
    ['promised to send the link to the talk about Kafka', 'the link to the talk about Kafka', 'Kafka'],
    ['Need to forward Priya the paper about CRDTs', 'the paper about CRDTs', 'CRDTs'],
    ['Promised a book recommendation', 'a book recommendation', ''],
  ])('%s', (line, thing, about) => {
    expect(promiseParts(line)).toEqual({ thing, about });
  });

  it.each([['I’ll think about the offer'], ['Will hear back next week'], ['Cares about on-call load'], ['Sie hat versprochen, den Artikel zu schicken'], ['Promised']])(
    'is no promise: %s',
    (line) => {
      expect(promiseParts(line)).toBeNull();
    },
  );
});

describe('noteLines and topicPicks', () => {
  it.each([
    ['one phrase per line, list markers dropped', '- Kafka migration\n* on-call rotation\n1. hiring plans', ['Kafka migration', 'on-call rotation', 'hiring plans']],
    ['semicolons, bullets and sentence ends split a line', 'Kafka migration; on-call. Promised the article! • dbt', ['Kafka migration', 'on-call', 'Promised the article', 'dbt']],
    ['closing punctuation and white space are dropped', '  the data mesh talk...  \n\n\n', ['the data mesh talk']],
    ['fragments under three letters are not topics', 'ok\nQ3\nAI\nstreaming', ['streaming']],
    ['control and bidi characters are removed', 'Kafka\u202Eevil\u0007', ['Kafkaevil']],
    ['right-to-left text is kept as written', 'הגירת נתונים', ['הגירת נתונים']],
  ])('%s', (_name, notes, expected) => {
    expect(noteLines(notes)).toEqual(expected);
  });

  it('offers topic phrases, the person’s notes first, without repeating one in another case', () => {
    const picks = topicPicks('Cares about on-call load on the platform team\nPromised her an article on on-call rotations\nKafka migration', 'kafka migration\nroadmap for 2027');
    expect(picks).toEqual({ person: ['on-call load on the platform team', 'on-call rotations', 'Kafka migration'], interview: ['roadmap for 2027'] });
  });

  it('stops at the maximum, counting both sources', () => {
    const many = Array.from({ length: 12 }, (_, i) => `topic number ${i}`).join('\n');
    expect(topicPicks(many, 'interview topic', 8).person).toHaveLength(8);
    expect(topicPicks('alpha\nbeta', 'gamma\ndelta\nepsilon', 3)).toEqual({ person: ['alpha', 'beta'], interview: ['gamma'] });
  });

  it('leaves out a whole paragraph longer than a topic may be', () => {
    expect(topicPicks(`${'word '.repeat(200)}\nshort topic`, '').person).toEqual(['short topic']);
  });
});
