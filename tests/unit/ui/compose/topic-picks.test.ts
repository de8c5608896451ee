import { describe, expect, it } from 'vitest';
import { topicPicks } from '../../../../src/ui/compose/topic-picks.ts';

describe('topicPicks', () => {
  it.each([
    ['one phrase per line, list markers dropped', '- Kafka migration\n* on-call rotation\n1. hiring plans', '', ['Kafka migration', 'on-call rotation', 'hiring plans']],
    ['semicolons, bullets and sentence ends split a line', 'Kafka migration; on-call. Promised the article! • dbt', '', ['Kafka migration', 'on-call', 'Promised the article', 'dbt']],
    ['closing punctuation and white space are dropped', '  the data mesh talk...  \n\n\n', '', ['the data mesh talk']],
    ['fragments under three letters are not topics', 'ok\nQ3\nAI\nstreaming', '', ['streaming']],
    ['control and bidi characters are removed', 'Kafka\u202Eevil\u0007', '', ['Kafkaevil']],
    ['right-to-left text is kept as written', 'הגירת נתונים', '', ['הגירת נתונים']],
  ])('%s', (_name, person, interview, expected) => {
    expect(topicPicks(person, interview).person).toEqual(expected);
  });

  it("offers the person's notes first, then the interview's, without repeating a phrase in another case", () => {
    const picks = topicPicks('Kafka migration\nteam size', 'kafka migration\nroadmap for 2027');
    expect(picks).toEqual({ person: ['Kafka migration', 'team size'], interview: ['roadmap for 2027'] });
  });

  it('stops at the maximum, counting both sources', () => {
    const many = Array.from({ length: 12 }, (_, i) => `topic number ${i}`).join('\n');
    const picks = topicPicks(many, 'interview topic', 8);
    expect(picks.person).toHaveLength(8);
    expect(picks.interview).toEqual([]);
    expect(topicPicks('alpha\nbeta', 'gamma\ndelta\nepsilon', 3)).toEqual({ person: ['alpha', 'beta'], interview: ['gamma'] });
  });

  it('leaves out a whole paragraph longer than a topic may be', () => {
    expect(topicPicks(`${'word '.repeat(200)}\nshort topic`, '').person).toEqual(['short topic']);
  });
});
