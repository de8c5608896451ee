import { trimChars } from '../text.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Splits a text into words, keeping hyphens inside them; a hyphen at a word's edge, or two in a row, is cut away after. */
const NON_TOKEN = /[^\p{L}\p{M}\p{N}\-\u2010\u2011]+/u;
/** Hyphens cut from a word's edges by a loop (trimChars), not an end-anchored pattern. */
const EDGE_HYPHENS = '-\u2010\u2011';
const HYPHEN = /[-\u2010\u2011]/;
const HYPHEN_RUN = /[-\u2010\u2011]{2,}/;
const HYPHENS = /[-\u2010\u2011]/g;
const HAS_LETTER = /\p{L}/u;
/** Scripts written without spaces between words, as the inside of a character class. */
export const UNSPACED_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');
/** Hiragana-only words are particles and endings (の, について), not topics. */
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}\u30FC]+$/u;
/**
 * Accents are dropped only from alphabets where they are accents. In Japanese
 * the marks that decomposition splits off change the sound (が is not か).
 */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const ASCII_WORD = /^[a-z0-9]+$/;
const VOWEL = /[aeiouy]/;

const SEGMENTER = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** Lower case, compatibility forms and accents folded: "Straße" → "strasse", "Ａｐｉ" → "api". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(ACCENTED, '$1')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ');
}

/**
 * The words of a text, lower-cased and in compatibility form (ｔｙｐｅ → type), in order, stop-words included.
 * Words are runs of Unicode letters, marks and digits, so any alphabet works; Japanese, Chinese and Thai,
 * written without spaces, are split by Intl.Segmenter, which knows where their words end.
 */
export function splitWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  for (const token of lower.split(NON_TOKEN)) {
    if (!HYPHEN.test(token)) {
      if (token) tokens.push(token);
      continue;
    }
    for (const part of trimChars(token, EDGE_HYPHENS, true).split(HYPHEN_RUN)) if (part) tokens.push(trimChars(part, EDGE_HYPHENS, true));
  }
  // Most texts have no unspaced script at all; they skip the per-word check.
  if (!SEGMENTER || !UNSPACED.test(lower)) return tokens;
  const words: string[] = [];
  for (const token of tokens) {
    if (UNSPACED.test(token)) {
      for (const part of SEGMENTER.segment(token)) if (part.isWordLike) words.push(part.segment);
    } else {
      words.push(token);
    }
  }
  return words;
}

/**
 * The key two texts match on, or null when the word names no topic. The key
 * ignores case and accents ("Über", "uber"), folds simple English and Romance
 * plurals and verb endings ("companies", "company"; "scaling", "scale"), and
 * does not exist for words that carry no topic (stop-words, numbers,
 * particles). A hyphenated word is one word ("on-call", "follow-ups",
 * "e-mail"), keyed without its hyphens, so it meets the same word written solid
 * ("oncall", "email").
 */
export function wordKey(word: string, extraStopWords?: ReadonlySet<string>): string | null {
  const folded = fold(word).replace(HYPHENS, '');
  if (!HAS_LETTER.test(folded) || HIRAGANA_ONLY.test(folded)) return null;
  // One letter is never a topic; one Han character is as often a grammar word.
  if ([...folded].length < 2) return null;
  if (STOP_WORDS.has(folded) || extraStopWords?.has(folded)) return null;
  return stem(folded);
}

/** The distinct keys of a text. */
export function keysOf(text: string, extraStopWords?: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const word of splitWords(text)) {
    const key = wordKey(word, extraStopWords);
    if (key) keys.add(key);
  }
  return keys;
}

export type TermKind = 'word' | 'phrase' | 'joined';

export interface Term {
  /** 'phrase': two adjacent words that both name something ("pager noise"); 'joined': two adjacent words read as one ("on call" → the key of "on-call"). */
  kind: TermKind;
  key: string;
  /** As the text writes it, to show why two texts matched. */
  text: string;
}

/**
 * The terms two texts can share: every word's key, every pair of adjacent
 * words that both name something (a phrase), and every pair that another text
 * may write as one word ("on call", "data base").
 */
export function termsOf(text: string, extraStopWords?: ReadonlySet<string>): Term[] {
  const terms: Term[] = [];
  let before: { word: string; key: string | null } | null = null;
  for (const word of splitWords(text)) {
    const key = wordKey(word, extraStopWords);
    if (key) terms.push({ kind: 'word', key, text: word });
    if (before) {
      const pair = `${before.word} ${word}`;
      if (before.key && key) terms.push({ kind: 'phrase', key: phraseKey(before.key, key), text: pair });
      const joined = joinedKey(before.word, word);
      if (joined) terms.push({ kind: 'joined', key: joined, text: pair });
    }
    before = { word, key };
  }
  return terms;
}

export function phraseKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/**
 * The key of two adjacent words written as one: "on call" as "oncall", the key
 * "on-call" has. Only for plain Latin words (compounds split by a space are an
 * English habit) that make a word of five letters or more, not two stop-words.
 */
export function joinedKey(first: string, second: string): string | null {
  const joined = first + second;
  if (joined.length < 5 || !ASCII_WORD.test(joined) || (STOP_WORDS.has(first) && STOP_WORDS.has(second))) return null;
  return stem(joined);
}

/**
 * A light suffix folding for words in plain Latin letters: one plural ending,
 * then one of -ing/-ed, then a final -e or -y, so that "scale", "scales",
 * "scaled" and "scaling" share a key. It only has to give related forms the
 * same key, not a dictionary word, and it leaves short words alone.
 * @internal exported for its tests
 */
export function stem(word: string): string {
  if (word.length <= 3 || !ASCII_WORD.test(word)) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !(w.length >= 5 && /(?:us|is)$/.test(w))) w = w.slice(0, -1);

  const verb = /(?:ing|ed)$/.exec(w);
  if (verb && !w.endsWith('eed')) {
    const base = w.slice(0, -verb[0].length);
    if (base.length >= 3 && VOWEL.test(base)) w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
  }

  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  else if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}
