/**
 * Which tidbits to offer when writing to one interviewer, best first.
 *
 * - A tidbit already sent to this person is never offered to them again.
 * - One sent to a colleague (another contact at the same company, compared
 *   without case or accents) is still offered, marked with the colleagues'
 *   names, and comes after an equally good one that nobody there has seen.
 * - Tidbits saved for this interview come first: the candidate saved them with
 *   this conversation in mind. Then tidbits saved for no interview, then those
 *   saved for another interview (still useful when they match, but they were
 *   meant for someone else).
 * - Within each group, the better the match, the earlier: a word of the
 *   interview's notes counts 1, a word of the notes about this person 2 (what
 *   they said matters more than what the panel said), a word of their job title
 *   1; a word found in the tidbit's title or topics counts three times one
 *   found only in its excerpt. Each word counts once per tidbit, so a long
 *   excerpt that repeats a word does not win by repetition.
 * - Ties go to the tidbit nobody at the company has seen, then to the newest,
 *   then to the smaller id, so the order never depends on the input's order.
 *
 * The query is read once; each tidbit is read once, and words are keyed through
 * a cache, so ten thousand tidbits cost one linear pass.
 */
import { compareText } from '../text.ts';
import type { Contact, Interview, Tidbit, Touchpoint } from '../types.ts';
import { TITLE_STOP_WORDS } from './stop-words.ts';
import { fold, splitWords, wordKey } from './words.ts';

export interface RankRequest {
  tidbits: readonly Tidbit[];
  interview: Pick<Interview, 'id' | 'notes'>;
  /** What was noted about this person on this interview (Interviewer.notes). */
  interviewerNotes: string;
  contact: Pick<Contact, 'id' | 'title' | 'company'>;
  /** Touchpoints of any status: only those sent with a tidbit count. */
  touchpoints: readonly Pick<Touchpoint, 'contactId' | 'tidbitId' | 'status'>[];
  /** The contacts, to find this person's colleagues and their names. */
  contacts: readonly Pick<Contact, 'id' | 'name' | 'company'>[];
  /** How many suggestions to return; all by default. */
  limit?: number;
}

export interface TidbitSuggestion {
  tidbit: Tidbit;
  score: number;
  /** The words of the notes or the title that it matched, the weightiest first. */
  matched: string[];
  /** Names of colleagues at the same company it was already sent to. */
  sentToColleague: string[];
}

const WEIGHT = { interviewNotes: 1, interviewerNotes: 2, contactTitle: 1 } as const;
const FIELD = { title: 3, topics: 3, excerpt: 1 } as const;
/** The groups, in the order they are offered. */
const GROUP = { thisInterview: 0, noInterview: 1, otherInterview: 2 } as const;

interface QueryWord {
  weight: number;
  /** The word as the notes write it, to show why a tidbit was suggested. */
  word: string;
}

export function rankTidbits(request: RankRequest): TidbitSuggestion[] {
  const { contact, interview } = request;
  const query = new Map<string, QueryWord>();
  addQuery(query, interview.notes, WEIGHT.interviewNotes);
  addQuery(query, request.interviewerNotes, WEIGHT.interviewerNotes);
  addQuery(query, contact.title, WEIGHT.contactTitle, TITLE_STOP_WORDS);

  const { toThisPerson, toColleagues } = sentAtCompany(request);
  const keyCache = new Map<string, string | null>();
  const ranked: (TidbitSuggestion & { group: number })[] = [];
  for (const tidbit of request.tidbits) {
    if (toThisPerson.has(tidbit.id)) continue;
    const { score, matched } = query.size > 0 ? scoreTidbit(tidbit, query, keyCache) : { score: 0, matched: [] };
    const group =
      tidbit.interviewId === interview.id
        ? GROUP.thisInterview
        : tidbit.interviewId === null
          ? GROUP.noInterview
          : GROUP.otherInterview;
    ranked.push({ tidbit, score, matched, sentToColleague: toColleagues.get(tidbit.id) ?? [], group });
  }

  ranked.sort(
    (a, b) =>
      a.group - b.group ||
      b.score - a.score ||
      Number(a.sentToColleague.length > 0) - Number(b.sentToColleague.length > 0) ||
      b.tidbit.savedAt - a.tidbit.savedAt ||
      compareText(a.tidbit.id, b.tidbit.id),
  );
  const top = request.limit === undefined ? ranked : ranked.slice(0, Math.max(0, request.limit));
  return top.map(({ tidbit, score, matched, sentToColleague }) => ({ tidbit, score, matched, sentToColleague }));
}

function addQuery(query: Map<string, QueryWord>, text: string, weight: number, stopWords?: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const word of splitWords(text)) {
    const key = wordKey(word, stopWords);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const known = query.get(key);
    query.set(key, { weight: (known?.weight ?? 0) + weight, word: known?.word ?? word });
  }
}

function scoreTidbit(
  tidbit: Tidbit,
  query: ReadonlyMap<string, QueryWord>,
  keyCache: Map<string, string | null>,
): { score: number; matched: string[] } {
  const best = new Map<string, number>();
  const look = (text: string, fieldWeight: number) => {
    for (const word of splitWords(text)) {
      let key = keyCache.get(word);
      if (key === undefined) {
        key = wordKey(word);
        keyCache.set(word, key);
      }
      if (key !== null && query.has(key) && (best.get(key) ?? 0) < fieldWeight) best.set(key, fieldWeight);
    }
  };
  look(tidbit.title, FIELD.title);
  look(tidbit.topics.join(' '), FIELD.topics);
  look(tidbit.excerpt, FIELD.excerpt);

  const parts = [...best].map(([key, fieldWeight]) => {
    const q = query.get(key)!;
    return { word: q.word, points: q.weight * fieldWeight };
  });
  parts.sort((a, b) => b.points - a.points || compareText(a.word, b.word));
  return { score: parts.reduce((sum, p) => sum + p.points, 0), matched: parts.map((p) => p.word) };
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
