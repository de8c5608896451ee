// Interviewers compare notes, and a form letter undoes the point of writing to each.
import { UNSPACED_SCRIPTS } from '../tidbits/words.ts';

export interface NoteToCompare {
  contactId: string;
  body: string;
  /** The recipient's name as written in the note: full name, first name. */
  names?: readonly string[];
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Jaccard index of the two notes' 3-shingles, 0 to 1. */
  similarity: number;
}

/**
 * Set on notes from the built-in thank-you template (see the tests): copies
 * that differ only in the name score 1, only in a few words of the topic over
 * 0.9, in the whole topic but with the same tidbit about 0.8; a different topic
 * and a different tidbit bring the same template down to about 0.6, and notes
 * written separately score under 0.2.
 * @internal exported for its tests
 */
export const SIMILAR_NOTES_THRESHOLD = 0.7;

const SHINGLE = 3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UNITS = new RegExp(`[${UNSPACED_SCRIPTS}]|[^${UNSPACED_SCRIPTS}]+`, 'gu');

/**
 * Pairs of notes at or above the threshold, the most similar first. Two notes
 * are compared as sets of word 3-shingles (every run of three consecutive
 * words) by their Jaccard index: shared runs over all runs. The recipient's own
 * name is taken out first, so "Hi Anna" and "Hi Ben" do not make two copies look
 * different. Scripts written without spaces (Chinese, Japanese, Thai…) are
 * compared letter by letter instead of word by word.
 */
export function similarNotes(notes: readonly NoteToCompare[], threshold = SIMILAR_NOTES_THRESHOLD): SimilarPair[] {
  const sets = notes.map((note) => ({ id: note.contactId, shingles: shingles(words(note.body, note.names ?? [])) }));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      const a = sets[i];
      const b = sets[j];
      if (!a || !b || a.shingles.size === 0 || b.shingles.size === 0) continue;
      const similarity = jaccard(a.shingles, b.shingles);
      if (similarity >= threshold) pairs.push({ a: a.id, b: b.id, similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

/** The note's words, lower-cased, without the recipient's name. */
function words(text: string, names: readonly string[]): string[] {
  const own = new Set(names.flatMap((name) => tokens(name)));
  return tokens(text).filter((word) => !own.has(word));
}

function tokens(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  return (lower.match(WORD) ?? []).flatMap((word) => word.match(UNITS) ?? []);
}

function shingles(list: readonly string[]): Set<string> {
  if (list.length === 0) return new Set();
  if (list.length < SHINGLE) return new Set([list.join(' ')]);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= list.length; i += 1) set.add(list.slice(i, i + SHINGLE).join(' '));
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}
