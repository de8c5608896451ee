import { describe, expect, it } from 'vitest';
import { fold, joinedKey, keysOf, splitWords, stem, termsOf, wordKey } from '../../../../src/core/tidbits/words.ts';

describe('fold', () => {
  it.each([
    ['Über', 'uber'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Árbol Ñandú', 'arbol nandu'],
    ['Ｔｙｐｅ', 'type'],
    ['Διαδίκτυο', 'διαδικτυο'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['Ёлка', 'елка'],
    // Japanese voicing marks change the word: they are kept.
    ['ガ', 'ガ'],
  ])('%s → %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('splitWords', () => {
  it.each([
    ['Scaling Postgres, at Acme!', ['scaling', 'postgres', 'at', 'acme']],
    ['real-time C++ tips (2024)', ['real-time', 'c', 'tips', '2024']],
    ['on-call, follow‑ups and e-mail', ["on-call", "follow\u2010ups", "and", "e-mail"]],
    ['a - b -- c-', ['a', 'b', 'c']],
    ['Größe und Maßstab', ['größe', 'und', 'maßstab']],
    ['Ｔｙｐｅ safety', ['type', 'safety']],
    ['Kubernetesの運用', ['kubernetes', 'の', '運用']],
    ['機械学習の基礎', ['機械', '学習', 'の', '基礎']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitWords(text)).toEqual(expected);
  });
});

describe('stem', () => {
  it.each([
    [['scale', 'scales', 'scaled', 'scaling']],
    [['company', 'companies']],
    [['cache', 'caches', 'cached', 'caching']],
    [['test', 'tests', 'tested', 'testing']],
    [['plan', 'planning', 'planned']],
    [['api', 'apis']],
    [['class', 'classes']],
    [['release', 'releases', 'released', 'releasing']],
    [['engineer', 'engineering', 'engineers']],
    [['ciudad', 'ciudades']],
    [['microservicio', 'microservicios']],
  ])('gives %j one key', (forms) => {
    const keys = new Set(forms.map(stem));
    expect(keys.size).toBe(1);
  });

  it.each([['status'], ['analysis'], ['string'], ['speed'], ['bus'], ['aws']])('leaves %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('does not touch words outside plain Latin letters', () => {
    expect(stem('δίκτυα')).toBe('δίκτυα');
    expect(stem('größes')).toBe('größes');
  });
});

describe('wordKey', () => {
  it.each([
    ['the'],
    ['And'],
    ['über'],
    ['también'],
    ['discussed'],
    ['2024'],
    ['x'],
    ['の'],
    ['について'],
    ['話'],
  ])('has no key for %s', (word) => {
    expect(wordKey(word)).toBeNull();
  });

  it('matches across case, accents and plural', () => {
    expect(wordKey('Résumés')).toBe(wordKey('resume'));
    expect(wordKey('Datenbank')).toBe(wordKey('datenbank'));
  });

  it('takes extra stop-words', () => {
    expect(wordKey('senior')).toBe('senior');
    expect(wordKey('senior', new Set(['senior']))).toBeNull();
  });
});

describe('compound words', () => {
  it.each([
    ['on-call', 'oncall'],
    ['follow-ups', 'followup'],
    ['e-mail', 'email'],
  ])('keys %s as one word, the same as written solid (%s)', (hyphenated, solid) => {
    expect(wordKey(hyphenated)).toBe(wordKey(solid));
    expect(wordKey(hyphenated)).not.toBeNull();
  });

  it('meets the same word written in two by joining them, not two stop-words', () => {
    expect(joinedKey('on', 'call')).toBe(wordKey('on-call'));
    expect(joinedKey('data', 'base')).toBe(wordKey('database'));
    expect(joinedKey('of', 'the')).toBeNull();
    expect(joinedKey('größe', 'und')).toBeNull();
  });

  it('gives a text its words, its phrases of two words that name something, and its joined pairs', () => {
    expect(termsOf('Cut pager noise on call').map((t) => `${t.kind}:${t.key}`)).toEqual([
      'word:cut',
      'word:pager',
      'phrase:cut pager',
      'joined:cutpager',
      'word:nois',
      'phrase:pager nois',
      'joined:pagernois',
      'joined:noiseon',
      'word:call',
      'joined:oncall',
    ]);
  });
});

describe('keysOf', () => {
  it('keeps only the words that name something, each once', () => {
    expect([...keysOf('We talked about the caching of APIs, and caches!')].sort()).toEqual(['api', 'cach']);
  });

  it('works for Greek, Spanish and Japanese', () => {
    expect(keysOf('Η αρχιτεκτονική του δικτύου')).toEqual(new Set(['αρχιτεκτονικη', 'δικτυου']));
    expect(keysOf('Hablamos de la migración a microservicios')).toEqual(new Set(['hablamo', 'migracion', 'microservicio']));
    expect(keysOf('機械学習について話しました')).toEqual(new Set(['機械', '学習']));
  });
});
