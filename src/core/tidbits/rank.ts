import { compareText } from '../text.ts';
import type { Contact, Interview, Tidbit, Touch } from '../types.ts';
import { TITLE_STOP_WORDS } from './stop-words.ts';
import { currentTerms, readTerm } from './terms.ts';
import { fold, termsOf, type TermKind } from './words.ts';

export interface RankRequest {
  tidbits: readonly Tidbit[];
  interview: Pick<Interview, 'id' | 'notes'>;
  /** What was noted about this person on this interview (Link.notes). */
  interviewerNotes: string;
  contact: Pick<Contact, 'id' | 'title' | 'company'>;
  /** Touchpoints of any status: only those sent with a tidbit count. */
  touchpoints: readonly Pick<Touch, 'contactId' | 'tidbitId' | 'status'>[];
  /** The contacts, to find this person's colleagues and their names. */
  contacts: readonly Pick<Contact, 'id' | 'name' | 'company'>[];
  /** The word keys of each promise still owed to this person (core/compose/promises.ts). */
  promises?: readonly (readonly string[])[];
  /** How many suggestions to return; all by default. */
  limit?: number;
}

export interface TidbitSuggestion {
  tidbit: Tidbit;
  score: number;
  /** The terms of the notes or the title that it matched, the weightiest first. */
  matched: string[];
  /** Names of colleagues at the same company it was already sent to. */
  sentToColleague: string[];
  /** Whether it keeps a promise made to this person. */
  keepsPromise: boolean;
}

const WEIGHT = { interviewNotes: 1, interviewerNotes: 3, contactTitle: 1 } as const;
/** A shared phrase of two words counts this many times a single word. */
const PAIR = 2;
/** A term of the title or topics, against one found only in the excerpt or the page's text (terms.ts keeps them apart). */
const FIELD = { title: 3, text: 1 } as const;
/** What two ways of writing one word differ by: "on-call", "on call", "oncall". */
const SAME_WORD_APART = /[\s\-\u2010\u2011]+/g;
/** The groups, in the order they are offered. */
const GROUP = { thisInterview: 0, noInterview: 1, otherInterview: 2 } as const;

interface QueryTerm {
  weight: number;
  /** The term as the notes write it, to show why a tidbit was suggested. */
  text: string;
  kind: TermKind;
}

/** The notes as terms, one map per kind. */
interface Query {
  terms: Record<TermKind, Map<string, QueryTerm>>;
}

/**
 * Which tidbits to offer when writing to one interviewer, best first.
 *
 * - A tidbit already sent to this person is never offered to them again.
 * - One sent to a colleague (another contact at the same company, compared
 *   without case or accents) is still offered, marked with the colleagues'
 *   names, and comes after an equally good one that nobody there has seen.
 * - A tidbit that keeps a promise made to this person comes first of all: the
 *   note that carries it is the one that was promised.
 * - Then tidbits saved for this interview: the candidate saved them with this
 *   conversation in mind. Then tidbits saved for no interview, then those saved
 *   for another interview (still useful when they match, but they were meant
 *   for someone else).
 * - Within each group, the better the match, the earlier: a term of the
 *   interview's notes counts 1, a term of the notes about this person 3 (what
 *   they said matters more than what the panel said), a term of their job title
 *   1; a phrase of two words shared with the notes ("pager noise", "on call"
 *   against "on-call") counts twice a single word; a term found in the
 *   tidbit's title or topics counts three times one found only in its excerpt
 *   or the page's own text. Each term counts once per tidbit, so a long excerpt
 *   that repeats a word does not win by repetition.
 * - Ties go to the tidbit nobody at the company has seen, then to the newest,
 *   then to the smaller id, so the order never depends on the input's order.
 *
 * The query is read once; each tidbit is read through the terms stored with it
 * (terms.ts), so ten thousand tidbits cost one linear pass, with no text split.
 */
export function rankTidbits(request: RankRequest): TidbitSuggestion[] {
  const { contact, interview } = request;
  const query: Query = { terms: { word: new Map(), phrase: new Map(), joined: new Map() } };
  addQuery(query, interview.notes, WEIGHT.interviewNotes);
  addQuery(query, request.interviewerNotes, WEIGHT.interviewerNotes);
  addQuery(query, contact.title, WEIGHT.contactTitle, TITLE_STOP_WORDS);
  const promises = (request.promises ?? []).filter((keys) => keys.length > 0);
  const promiseKeys = promises.length > 0 ? new Set(promises.flat()) : null;

  const { toThisPerson, toColleagues } = sentAtCompany(request);
  const ranked: (TidbitSuggestion & { group: number })[] = [];
  for (const tidbit of request.tidbits) {
    if (toThisPerson.has(tidbit.id)) continue;
    const { score, matched, words } = query.terms.word.size > 0 ? scoreTidbit(tidbit, query, promiseKeys) : { score: 0, matched: [], words: null };
    const group =
      tidbit.interviewId === interview.id
        ? GROUP.thisInterview
        : tidbit.interviewId === null
          ? GROUP.noInterview
          : GROUP.otherInterview;
    const keepsPromise = words !== null && promises.some((keys) => keepsPromiseOf(keys, words));
    ranked.push({ tidbit, score, matched, sentToColleague: toColleagues.get(tidbit.id) ?? [], keepsPromise, group });
  }

  ranked.sort(
    (a, b) =>
      Number(b.keepsPromise) - Number(a.keepsPromise) ||
      a.group - b.group ||
      b.score - a.score ||
      Number(a.sentToColleague.length > 0) - Number(b.sentToColleague.length > 0) ||
      b.tidbit.savedAt - a.tidbit.savedAt ||
      compareText(a.tidbit.id, b.tidbit.id),
  );
  const top = request.limit === undefined ? ranked : ranked.slice(0, Math.max(0, request.limit));
  return top.map(({ tidbit, score, matched, sentToColleague, keepsPromise }) => ({ tidbit, score, matched, sentToColleague, keepsPromise }));
}

/**
 * Whether a tidbit that shares these word keys keeps a promise whose keys are
 * `keys`: all of them, or for a promise named in four words or more, all but
 * one in four ("the reading list on distributed systems at scale").
 */
export function keepsPromiseOf(keys: readonly string[], words: ReadonlySet<string>): boolean {
  if (keys.length === 0) return false;
  const found = keys.filter((key) => words.has(key)).length;
  return found >= keys.length - Math.floor(keys.length / 4);
}

/** The word keys of a tidbit's text (its stored terms, phrases left out), as a promise is matched against them. */
export function tidbitWords(tidbit: Tidbit): Set<string> {
  const words = new Set<string>();
  const { title, text } = currentTerms(tidbit);
  for (const term of [...title, ...text]) {
    const { kind, key } = readTerm(term);
    if (kind !== 'phrase') words.add(key);
  }
  return words;
}

function addQuery(query: Query, text: string, weight: number, stopWords?: ReadonlySet<string>): void {
  const seen = new Set<QueryTerm>();
  for (const term of termsOf(text, stopWords)) {
    const terms = query.terms[term.kind];
    const known = terms.get(term.key);
    if (known && seen.has(known)) continue;
    const points = weight * (term.kind === 'word' ? 1 : PAIR);
    const next = { weight: (known?.weight ?? 0) + points, text: known?.text ?? term.text, kind: term.kind };
    terms.set(term.key, next);
    seen.add(next);
  }
}

function scoreTidbit(
  tidbit: Tidbit,
  query: Query,
  /** The keys of the promises owed: those the tidbit has are kept, to check the promises against. */
  promiseKeys: ReadonlySet<string> | null,
): { score: number; matched: string[]; words: Set<string> | null } {
  const best = new Map<QueryTerm, number>();
  const words = promiseKeys ? new Set<string>() : null;
  const hit = (term: QueryTerm | undefined, fieldWeight: number) => {
    if (term && (best.get(term) ?? 0) < fieldWeight) best.set(term, fieldWeight);
  };
  // The terms stored with the tidbit (terms.ts): no text is split or keyed here.
  const look = (terms: readonly string[], fieldWeight: number) => {
    for (const term of terms) {
      const { kind, key } = readTerm(term);
      if (kind === 'phrase') {
        hit(query.terms.phrase.get(key), fieldWeight);
        continue;
      }
      if (promiseKeys?.has(key)) words?.add(key);
      // A word of the tidbit, or two of its words that the notes wrote as one ("on call" against "on-call"), meets a word of the notes.
      hit(query.terms.word.get(key), fieldWeight);
      // A word of the tidbit also meets two words the notes wrote apart ("on call").
      if (kind === 'word') hit(query.terms.joined.get(key), fieldWeight);
    }
  };
  const terms = currentTerms(tidbit);
  look(terms.title, FIELD.title);
  look(terms.text, FIELD.text);

  const parts = [...best].map(([term, fieldWeight]) => ({ text: term.text, pair: term.kind !== 'word', points: term.weight * fieldWeight }));
  parts.sort((a, b) => b.points - a.points || compareText(a.text, b.text));
  return { score: parts.reduce((sum, p) => sum + p.points, 0), matched: matchedWords(parts), words };
}

/**
 * The words shown for why a tidbit was suggested, the weightiest first, each
 * once: "on-call" and "on call" (a word of one note, two words of another) are
 * one, and "pager noise" says why, so "pager" and "noise" after it would only
 * repeat it.
 */
function matchedWords(parts: readonly { text: string; pair: boolean }[]): string[] {
  const pairs = parts.filter((p) => p.pair).map((p) => ` ${p.text} `);
  const seen = new Set<string>();
  const matched: string[] = [];
  for (const p of parts) {
    if (!p.pair && pairs.some((pair) => pair.includes(` ${p.text} `))) continue;
    const same = p.text.replace(SAME_WORD_APART, '');
    if (seen.has(same)) continue;
    seen.add(same);
    matched.push(p.text);
  }
  return matched;
}

/** Tidbits sent to this person, and for the others, the colleagues they were sent to. */
function sentAtCompany(request: RankRequest): { toThisPerson: Set<string>; toColleagues: Map<string, string[]> } {
  const company = fold(request.contact.company.trim());
  const colleagues = new Map<string, string>();
  if (company) {
    for (const c of request.contacts) {
      if (c.id !== request.contact.id && fold(c.company.trim()) === company) colleagues.set(c.id, c.name);
    }
  }
  const toThisPerson = new Set<string>();
  const toColleagues = new Map<string, string[]>();
  for (const touch of request.touchpoints) {
    if (touch.status !== 'sent' || !touch.tidbitId) continue;
    if (touch.contactId === request.contact.id) {
      toThisPerson.add(touch.tidbitId);
      continue;
    }
    const name = colleagues.get(touch.contactId);
    if (name === undefined) continue;
    const names = toColleagues.get(touch.tidbitId) ?? [];
    if (!names.includes(name)) names.push(name);
    toColleagues.set(touch.tidbitId, names);
  }
  for (const names of toColleagues.values()) names.sort(compareText);
  return { toThisPerson, toColleagues };
}
