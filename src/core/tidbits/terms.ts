/**
 * A tidbit's terms: what ranking (rank.ts) matches against the notes, computed
 * once when the tidbit is written and stored with it, so that ranking ten
 * thousand tidbits does not split and key their text on every read.
 *
 * The terms are derived data: a backup does not carry them (db/backup.ts strips
 * them on export and computes them on import), and a tidbit whose terms are
 * missing or of another TERMS_VERSION is ranked from its text, as before.
 *
 * Changing how words are keyed (words.ts) changes the terms: raise
 * TERMS_VERSION, and append a schema step (db/migrations.ts) that calls
 * `fillTidbitTerms` again, so stored tidbits are brought up to date.
 */
import type { Tidbit, TidbitTerms } from '../types.ts';
import { joinedKey, phraseKey, splitWords, wordKey, type TermKind } from './words.ts';

/** The version of the tokeniser the stored terms were made with. */
export const TERMS_VERSION = 1;

/**
 * Marks a key that only two adjacent words written apart make ("on call" →
 * "+oncall"): it meets a word of the notes, not the notes' own pairs. Word
 * keys never hold it (it is not a letter, mark, digit or hyphen), and phrase
 * keys are the only terms with a space.
 */
export const JOINED_MARK = '+';

/**
 * What a stored term is, told by its form (see collect), and the key it meets
 * the notes' terms by: a joined key without its mark, a phrase or a word as it is.
 */
export function readTerm(term: string): { kind: TermKind; key: string } {
  if (term.startsWith(JOINED_MARK)) return { kind: 'joined', key: term.slice(JOINED_MARK.length) };
  return { kind: term.includes(' ') ? 'phrase' : 'word', key: term };
}

/** What ranking needs of a tidbit's text. */
export type TermSource = Pick<Tidbit, 'title' | 'topics' | 'excerpt' | 'pageText'>;

/**
 * The terms of a tidbit's text, in two groups: those of its title and topics
 * (they weigh three times as much in ranking), and those found only in its
 * excerpt or the page's own text. Each term appears once, in its weightiest
 * group. A word's key, a phrase of two keyed words ("pager noise") and the key
 * of two adjacent words read as one (JOINED_MARK) are told apart by their form.
 */
export function termsOfTidbit(tidbit: TermSource): TidbitTerms {
  const title = collect([tidbit.title, tidbit.topics.join(' ')], new Set());
  const text = collect([tidbit.excerpt, tidbit.pageText ?? ''], new Set());
  return { v: TERMS_VERSION, title: [...title], text: [...text].filter((term) => !title.has(term)) };
}

function collect(texts: readonly string[], into: Set<string>): Set<string> {
  const joined = new Set<string>();
  for (const text of texts) {
    let beforeWord = '';
    let beforeKey: string | null = null;
    for (const word of splitWords(text)) {
      const key = wordKey(word);
      if (key !== null) into.add(key);
      if (beforeWord) {
        if (beforeKey !== null && key !== null) into.add(phraseKey(beforeKey, key));
        const pair = joinedKey(beforeWord, word);
        if (pair !== null) joined.add(pair);
      }
      beforeWord = word;
      beforeKey = key;
    }
  }
  // A joined key that is also a word's key is kept as the word's: that one meets more.
  for (const key of joined) if (!into.has(key)) into.add(JOINED_MARK + key);
  return into;
}

/** The tidbit with its terms computed from its text now: every write of a tidbit goes through this. */
export function withTerms<T extends Tidbit>(tidbit: T): T {
  return { ...tidbit, terms: termsOfTidbit(tidbit) };
}

/** The tidbit without its terms, as a backup holds it. */
export function withoutTerms<T extends Tidbit>(tidbit: T): T {
  if (tidbit.terms === undefined) return tidbit;
  const { terms: _terms, ...rest } = tidbit;
  return rest as T;
}

/** Computed once per record when a tidbit's stored terms cannot be used; records are never changed in place. */
const computed = new WeakMap<TermSource, TidbitTerms>();

/** The tidbit's stored terms when they are of this version, else computed from its text. */
export function currentTerms(tidbit: Tidbit): TidbitTerms {
  if (tidbit.terms?.v === TERMS_VERSION) return tidbit.terms;
  let terms = computed.get(tidbit);
  if (terms === undefined) {
    terms = termsOfTidbit(tidbit);
    computed.set(tidbit, terms);
  }
  return terms;
}

/** Whether a stored tidbit needs its terms (re)computed: none yet, or made by another version. */
export function needsTerms(tidbit: Partial<Tidbit>): boolean {
  return tidbit.terms?.v !== TERMS_VERSION;
}
