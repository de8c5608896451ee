import { keepsPromiseOf, tidbitWords } from '../tidbits/rank.ts';
import { fold, keysOf, splitWords } from '../tidbits/words.ts';
import type { Id, Tidbit, Touch } from '../types.ts';
import { firstNameOf } from './first-name.ts';
import { noteLines, promiseParts } from './note-lines.ts';

export interface NotePromise {
  /** The person it was made to, or null when the notes do not say. */
  contactId: Id | null;
  /** The note line as written. */
  line: string;
  /** What was promised, ready for "As promised, here is …": "the article on on-call rotations". */
  thing: string;
  /** What it is about, as a topic phrase ("on-call rotations"); '' when the line does not say. */
  about: string;
  /** The word keys a tidbit must share to keep it. */
  keys: string[];
}

export interface PromiseSources {
  people: readonly { contactId: Id; name: string; notes: string }[];
  interviewNotes: string;
}

/** Nouns that say what kind of thing was promised, not what it is about. */
const KIND_WORDS = new Set(
  `article articles paper papers post posts blog blogpost link links video videos talk talks deck decks slide slides
  note notes book books podcast podcasts repo repos writeup writeups doc docs document documents guide guides list lists
  recommendation recommendations reading thread threads recording recordings example examples resource resources
  something couple few`.split(/\s+/),
);

/**
 * Promises the candidate made in an interview ("Promised her an article on
 * on-call rotations"), read from the notes rather than stored, so editing the
 * notes is all it takes to change one. A promise is bound to the person it was
 * made to: a line in their own notes is theirs; a line in the interview's
 * notes is the person it names ("Told Lars I'd send the benchmark"), or the
 * only interviewer. It is kept once a note sent to them carried a tidbit that
 * keeps it, or said "promised" about it.
 *
 * Only English lines are read as promises (see note-lines.ts).
 */
export function promisesOf({ people, interviewNotes }: PromiseSources): NotePromise[] {
  const promises: NotePromise[] = [];
  for (const person of people) {
    for (const line of noteLines(person.notes)) {
      const promise = readPromise(line, person.contactId);
      if (promise) promises.push(promise);
    }
  }
  const firstNames = people.map((person) => ({ id: person.contactId, name: fold(firstNameOf(person.name)) }));
  for (const line of noteLines(interviewNotes)) {
    const words = new Set(splitWords(line).map(fold));
    const named = firstNames.filter((person) => person.name && words.has(person.name));
    const to = named.length === 1 ? named[0]!.id : people.length === 1 ? people[0]!.contactId : null;
    const promise = readPromise(line, to);
    if (promise) promises.push(promise);
  }
  return promises;
}

function readPromise(line: string, contactId: Id | null): NotePromise | null {
  const parts = promiseParts(line);
  if (!parts) return null;
  const keys = [...keysOf(parts.about || parts.thing)].filter((key) => parts.about || !KIND_WORDS.has(key));
  return { contactId, line, thing: noteThing(parts.thing), about: parts.about, keys };
}

/**
 * "an article on X" → "the article on X", which reads after "here is". A
 * plural ("my notes on Y") would not, so it becomes "the link to my notes on Y":
 * what the note carries is a link anyway.
 * @internal exported for its tests
 */
export function noteThing(thing: string): string {
  let text = thing.replace(/^(?:a|an|some|one)\s+/iu, 'the ');
  if (!/^(?:the|my|our|your|this|that|these|those)\s/iu.test(text)) text = `the ${text}`;
  if (/^the\s+links?\s+to\s/iu.test(text)) return text.replace(/^the\s+links\s/iu, 'the link ');
  const head = text.split(/\s(?:on|about|regarding|covering|around|from|of|for|to|with|by|in|at|re)\s/iu)[0] ?? text;
  const last = head.split(/\s+/).at(-1) ?? '';
  return /\p{L}{2}s$/u.test(last) && !/(?:ss|us|is)$/iu.test(last) ? `the link to ${text}` : text;
}

/** Whether a tidbit keeps the promise. */
function keepsPromise(promise: Pick<NotePromise, 'keys'>, tidbit: Tidbit): boolean {
  return keepsPromiseOf(promise.keys, tidbitWords(tidbit));
}

/**
 * The promises not kept yet: none of this interview's sent notes to the
 * person (to anyone, for a promise bound to nobody) carried a tidbit that
 * keeps it, or said "promised" and named it.
 */
export function openPromises(
  promises: readonly NotePromise[],
  touches: readonly Pick<Touch, 'contactId' | 'status' | 'tidbitId' | 'body'>[],
  tidbits: readonly Tidbit[],
): NotePromise[] {
  const sent = touches.filter((touch) => touch.status === 'sent');
  if (sent.length === 0) return [...promises];
  const tidbitById = new Map(tidbits.map((tidbit) => [tidbit.id, tidbit]));
  return promises.filter(
    (promise) =>
      !sent.some((touch) => {
        if (promise.contactId !== null && touch.contactId !== promise.contactId) return false;
        const tidbit = touch.tidbitId ? tidbitById.get(touch.tidbitId) : undefined;
        if (tidbit && keepsPromise(promise, tidbit)) return true;
        return /\bpromised\b/iu.test(touch.body) && keepsPromiseOf(promise.keys, keysOf(touch.body));
      }),
  );
}

/** The promise to this person that the tidbit keeps, if any. */
export function promiseKeptBy(promises: readonly NotePromise[], tidbit: Tidbit | null): NotePromise | null {
  if (!tidbit) return null;
  return promises.find((promise) => keepsPromise(promise, tidbit)) ?? null;
}
