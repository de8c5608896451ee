import { cleanLine, LIMITS } from '../text.ts';

/** Honorifics written before a name, lower-case, without their dot. */
const PREFIXES = new Set([
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'hon',
  'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dott', 'ing', 'mag', 'dipl',
]);

/** Suffixes and credentials written after a comma ("Jane Doe, PhD, PMP"). */
const SUFFIXES = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'esq', 'dds', 'pe', 'pmp', 'cfa',
  'msc', 'bsc', 'ma', 'ba', 'meng', 'rn', 'jd', 'llm', 'mphil', 'dphil', 'cissp', 'csm', 'facs',
  'frcs',
]);

/** A parenthesised or quoted single word right after the given name: what they go by. */
const NICKNAME = /^[("“'‘]([\p{L}][\p{L}\p{M}'’-]*)[)"”'’]$/u;

/**
 * The name to greet someone by, derived from the name as it was captured. Names
 * arrive in many shapes: "Jane Doe", "Doe, Jane" from a company directory,
 * "Dr. Jane Doe", "Jane Doe, PhD", "DUPONT Jean" in the French style, "Robert
 * (Bob) Smith", or one name only. When no given name can be told apart (an
 * initial, or only a title and a surname), the whole cleaned name is used, so
 * "Dr. Smith" is greeted as "Dr. Smith" rather than guessed at.
 */
export function firstNameOf(fullName: string): string {
  // Bounded loosely: a name past its limit is cut, and reported, when a note is rendered.
  const name = cleanLine(fullName, LIMITS.name * 4);
  const parts = name.split(',').map((part) => part.trim()).filter(Boolean);
  while (parts.length > 1 && isSuffix(parts.at(-1) ?? '')) parts.pop();
  // "Doe, Jane" lists the family name first; once credentials are dropped, a
  // second comma part holds the given name.
  const inverted = parts.length > 1;
  const words = (inverted ? parts[1] : parts[0])?.split(' ').filter((word) => !isPronouns(word)) ?? [];
  let prefixed = false;
  while (words.length > 1 && isPrefix(words[0] ?? '')) {
    words.shift();
    prefixed = true;
  }
  const [first = '', second = ''] = words;
  if (!first) return name;

  const nickname = NICKNAME.exec(second);
  if (nickname?.[1]) return nickname[1];

  // "DUPONT Jean": a family name in capitals first, then the given name.
  if (!inverted && isShouted(first)) {
    const quiet = words.find((word) => !isShouted(word) && !isInitial(word));
    if (quiet) return quiet;
  }

  // An initial makes no greeting, and the one word left after "Dr." is a surname.
  if (isInitial(first) || (prefixed && !inverted && words.length === 1)) return name;
  return first;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

function isPrefix(word: string): boolean {
  return PREFIXES.has(bare(word));
}

function isSuffix(part: string): boolean {
  return part.split(/\s+/).every((word) => SUFFIXES.has(bare(word)) || isPronouns(word));
}

function isPronouns(word: string): boolean {
  return /^\(?\p{L}+\/\p{L}+(\/\p{L}+)?\)?$/u.test(word);
}

/** "J." or "J" — an initial does not make a greeting. */
function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

/** All capitals, two letters or more, in a script that has case. */
function isShouted(word: string): boolean {
  return /^\p{Lu}[\p{Lu}'’-]+$/u.test(word) && word !== word.toLowerCase();
}
