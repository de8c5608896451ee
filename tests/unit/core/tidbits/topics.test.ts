import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/text.ts';
import { cleanTopics, MAX_PROPOSED_TOPICS, mergeTopics, topicsFor } from '../../../../src/core/tidbits/topics.ts';

describe('topicsFor', () => {
  it.each([
    {
      name: 'words of the title that the notes mention',
      title: 'Scaling Postgres at Acme',
      excerpt: '',
      notes: 'We talked about how they scale Postgres.',
      expected: ['scaling', 'postgres'],
    },
    {
      name: 'title words first, then excerpt words, each once',
      title: 'Caching in practice',
      excerpt: 'Rust services share one cache; Rust makes caching safe.',
      notes: 'Rust, caches, latency',
      expected: ['caching', 'rust'],
    },
    {
      name: 'nothing when the notes are empty',
      title: 'Scaling Postgres',
      excerpt: 'Postgres',
      notes: '',
      expected: [],
    },
    {
      name: 'nothing for stop-words only',
      title: 'The art of the deal',
      excerpt: '',
      notes: 'the of and we talked about it',
      expected: [],
    },
    {
      name: 'German with accents and case',
      title: 'Über Datenbanken und Größe',
      excerpt: '',
      notes: 'größe der datenbanken',
      expected: ['datenbanken', 'größe'],
    },
    {
      name: 'Spanish, accents ignored, plural folded',
      title: 'La migración a microservicios',
      excerpt: '',
      notes: 'Hablamos de migracion y del microservicio de pagos',
      expected: ['migración', 'microservicios'],
    },
    {
      name: 'Japanese',
      title: '機械学習の基礎',
      excerpt: '',
      notes: '機械学習について話しました',
      expected: ['機械', '学習'],
    },
    {
      name: 'Greek, accents ignored',
      title: 'Η αρχιτεκτονική του δικτύου',
      excerpt: '',
      notes: 'ΑΡΧΙΤΕΚΤΟΝΙΚΗ',
      expected: ['αρχιτεκτονική'],
    },
  ])('$name', ({ title, excerpt, notes, expected }) => {
    expect(topicsFor(title, excerpt, notes)).toEqual(expected);
  });

  it(`proposes at most ${MAX_PROPOSED_TOPICS}`, () => {
    const words = ['rust', 'go', 'kafka', 'postgres', 'redis', 'kubernetes', 'terraform'];
    const topics = topicsFor(words.join(' '), '', words.join(', '));
    expect(topics).toEqual(words.slice(0, MAX_PROPOSED_TOPICS));
  });
});

describe('cleanTopics', () => {
  it('cleans, strips #, drops empties and duplicates ignoring case and accents', () => {
    expect(cleanTopics(['  #Rust ', 'rust', '', 'Café', 'cafe', 'a\u0000b', 42, null, '## go'])).toEqual(['Rust', 'Café', 'ab', 'go']);
  });

  it('bounds each topic and the number of topics', () => {
    const many = Array.from({ length: LIMITS.topics + 5 }, (_, i) => `topic ${i}`);
    expect(cleanTopics(many)).toHaveLength(LIMITS.topics);
    expect(cleanTopics(['x'.repeat(500)])[0]).toHaveLength(LIMITS.topic);
  });
});

describe('mergeTopics', () => {
  it('keeps the known topics first and adds only new ones', () => {
    expect(mergeTopics(['Rust', 'caching'], ['rust', 'Kafka'])).toEqual(['Rust', 'caching', 'Kafka']);
  });
});
