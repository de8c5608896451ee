import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../../src/core/compose/built-in-templates.ts';
import type { NoteValues } from '../../../../src/core/compose/placeholders.ts';
import { renderNote } from '../../../../src/core/compose/render-note.ts';
import { SIMILAR_NOTES_THRESHOLD, similarNotes, type NoteToCompare } from '../../../../src/core/compose/similar-notes.ts';
import { getText } from './english.ts';

const thankYou = builtInTemplates(getText)[0]!;

const ANNA: NoteValues = {
  firstName: 'Anna',
  role: 'Senior Data Engineer',
  company: 'Acme',
  interviewDay: 'Tuesday, March 4',
  topic: 'how your team moved billing to event sourcing',
  tidbitTitle: 'Event sourcing at scale: lessons from five years',
  tidbitLink: 'https://example.com/blog/event-sourcing',
  signature: 'Sam Lee',
};

function note(id: string, name: string, values: NoteValues): NoteToCompare {
  return { contactId: id, body: renderNote(thankYou, { ...ANNA, firstName: name, ...values }).body, names: [name] };
}

const anna = note('anna', 'Anna', {});

function similarity(a: NoteToCompare, b: NoteToCompare): number {
  return similarNotes([a, b], 0)[0]?.similarity ?? NaN;
}

describe('similarNotes with the built-in thank-you note', () => {
  it.each([
    ['only the name differs', note('ben', 'Ben', {}), true],
    ['two words of the topic differ', note('ben', 'Ben', { topic: 'how your team moved invoicing to stream processing' }), true],
    ['the topic differs, the tidbit is the same', note('ben', 'Ben', { topic: 'the on-call rotation and your incident reviews' }), true],
    [
      'the topic and the tidbit differ',
      note('ben', 'Ben', {
        topic: 'the on-call rotation and your incident reviews',
        tidbitTitle: 'Blameless postmortems: a field guide',
        tidbitLink: 'https://example.org/postmortems',
      }),
      false,
    ],
  ])('%s → flagged: %s', (_label, other, flagged) => {
    expect(similarNotes([anna, other]).length > 0).toBe(flagged);
  });

  it('orders the scores as a reader would: fewer changes, more similar', () => {
    const nameOnly = similarity(anna, note('b', 'Ben', {}));
    const topicOnly = similarity(anna, note('b', 'Ben', { topic: 'the on-call rotation and your incident reviews' }));
    const both = similarity(anna, note('b', 'Ben', { topic: 'the on-call rotation', tidbitTitle: 'Postmortems', tidbitLink: 'https://example.org/p' }));
    expect(nameOnly).toBe(1);
    expect(topicOnly).toBeLessThan(nameOnly);
    expect(both).toBeLessThan(topicOnly);
  });

  it("takes out the recipient's own name before comparing", () => {
    const ben = note('ben', 'Ben', {});
    expect(similarity(anna, ben)).toBe(1);
    expect(similarity({ ...anna, names: [] }, { ...ben, names: [] })).toBeLessThan(1);
  });
});

describe('similarNotes with notes written by hand', () => {
  const personal: NoteToCompare[] = [
    {
      contactId: 'anna',
      names: ['Anna Schmidt', 'Anna'],
      body: 'Hi Anna,\n\nThanks for walking me through the billing migration. The way you replay events to rebuild invoices was new to me, and I have been reading about snapshotting since.\n\nBest,\nSam',
    },
    {
      contactId: 'ben',
      names: ['Ben Okafor', 'Ben'],
      body: 'Dear Ben,\n\nI appreciated your candour about the on-call load. Your idea of rotating a "quiet week" after each incident stuck with me; here is a talk on it I mentioned.\n\nKind regards,\nSam',
    },
    {
      contactId: 'chen',
      names: ['Chen Wei', 'Chen'],
      body: 'Hello Chen,\n\nIt was fun to compare notes on Kafka versus Pulsar. I looked up the benchmark you cited; the tail latencies are striking.\n\nAll the best,\nSam',
    },
  ];

  it('lets genuinely personal notes pass', () => {
    expect(similarNotes(personal)).toEqual([]);
    expect(similarNotes(personal, 0).every((pair) => pair.similarity < 0.2)).toBe(true);
  });

  it('flags the one pair that was copied, and names both people', () => {
    const copy = { contactId: 'dana', names: ['Dana Levi', 'Dana'], body: personal[0]!.body.replace('Anna', 'Dana') };
    expect(similarNotes([...personal, copy])).toEqual([{ a: 'anna', b: 'dana', similarity: 1 }]);
  });

  it('lists the most similar pair first', () => {
    const base = personal[2]!;
    const close = { ...base, contactId: 'x', body: base.body.replace('striking', 'remarkable') };
    const exact = { ...base, contactId: 'y' };
    expect(similarNotes([base, close, exact]).map((p) => [p.a, p.b])).toEqual([
      ['chen', 'y'],
      ['chen', 'x'],
      ['x', 'y'],
    ]);
  });
});

describe('similarNotes in other languages', () => {
  it('compares German notes word by word', () => {
    const body = (name: string, thema: string) =>
      `Hallo ${name},\n\nvielen Dank für das Gespräch am Dienstag. Besonders gefallen hat mir unser Austausch über ${thema}. Ich bin nach wie vor sehr an der Stelle interessiert.\n\nViele Grüße\nSam`;
    const jonas = { contactId: 'jonas', names: ['Jonas'], body: body('Jonas', 'die Umstellung auf Event Sourcing') };
    const mia = { contactId: 'mia', names: ['Mia'], body: body('Mia', 'die Umstellung auf Event Sourcing') };
    const lea = {
      contactId: 'lea',
      names: ['Lea'],
      body: 'Liebe Lea,\n\nIhre Frage nach meinem schwierigsten Projekt hat mich noch lange beschäftigt. Anbei ein Artikel über Datenqualität, den ich erwähnt hatte.\n\nHerzliche Grüße\nSam',
    };
    expect(similarNotes([jonas, mia, lea]).map((p) => [p.a, p.b])).toEqual([['jonas', 'mia']]);
  });

  it('compares Japanese, written without spaces, letter by letter', () => {
    const body = (name: string, topic: string) =>
      `${name}様\n\n本日は面接のお時間をいただき、誠にありがとうございました。${topic}についてのお話が特に印象に残りました。\n\nサム`;
    const tanaka = { contactId: 'tanaka', names: ['田中'], body: body('田中', 'データ基盤の移行') };
    const suzuki = { contactId: 'suzuki', names: ['鈴木'], body: body('鈴木', 'データ基盤の移行') };
    const sato = {
      contactId: 'sato',
      names: ['佐藤'],
      body: '佐藤様\n\n障害対応の体制について率直に教えていただき、感謝しております。先日お話しした記事をお送りします。\n\nサム',
    };
    const pairs = similarNotes([tanaka, suzuki, sato], 0);
    const score = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b)?.similarity ?? 0;
    expect(score('tanaka', 'suzuki')).toBe(1);
    expect(score('tanaka', 'sato')).toBeLessThan(SIMILAR_NOTES_THRESHOLD);
    expect(score('tanaka', 'sato')).toBeGreaterThan(0);
  });
});

describe('similarNotes edge cases', () => {
  it('skips empty notes and needs two notes to compare', () => {
    expect(similarNotes([{ contactId: 'a', body: '' }, { contactId: 'b', body: '   ' }])).toEqual([]);
    expect(similarNotes([{ contactId: 'a', body: 'Hello there friend' }])).toEqual([]);
  });

  it('compares very short notes as a whole', () => {
    expect(similarNotes([{ contactId: 'a', body: 'Thanks!' }, { contactId: 'b', body: 'thanks' }])).toHaveLength(1);
    expect(similarNotes([{ contactId: 'a', body: 'Thanks!' }, { contactId: 'b', body: 'Cheers' }])).toEqual([]);
  });
});
