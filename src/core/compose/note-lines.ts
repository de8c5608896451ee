/**
 * What the notes jotted after an interview offer a note: one line at a time,
 * turned into a phrase that completes "I especially enjoyed our conversation
 * about …" ("Cares about on-call load on the platform team" → "on-call load on
 * the platform team"; "asked how I would cut pager noise" → "how to cut pager
 * noise").
 *
 * Rephrasing needs the language's grammar, and only English has rules here. A
 * line that no rule fits, which is every line in another language, is offered
 * exactly as written: the candidate reads it before it goes anywhere, and an
 * unchanged line is never a wrong sentence Afterview made up.
 *
 * Every pattern is anchored and has only bounded repetition, so it runs in
 * linear time on untrusted text.
 */
import { cleanLine, LIMITS } from '../text.ts';

/** Semicolons, bullets and sentence ends split a line written in a hurry. */
const SPLIT = /\r?\n|[;•·]|(?<=[.!?])\s+/u;
const LIST_MARKER = /^(?:[-*–—>]+|\d{1,2}[.)])\s*/u;
const TRAILING_PUNCTUATION = /[\s.!?,:;]+$/u;
/** Shorter fragments ("ok", "Q3") are not topics anyone would recall in a note. */
const MIN_LENGTH = 3;

/** The phrases of some notes, one per line or sentence, list markers and closing punctuation dropped. */
export function noteLines(notes: string): string[] {
  return (
    notes
      .split(SPLIT)
      .map((part) => cleanLine(part, LIMITS.line * 2).replace(LIST_MARKER, '').replace(TRAILING_PUNCTUATION, ''))
      // A phrase longer than a topic may be is a paragraph, not a topic.
      .filter((phrase) => phrase.length >= MIN_LENGTH && phrase.length <= LIMITS.line)
  );
}

/** Who did the thing, left out of the phrase: a pronoun, or a word or two ("Priya", "The CTO"). */
const WHO = String.raw`(?:(?:she|he|they|we|i|(?:the\s+)?[\p{L}\p{M}'’-]+)\s+)?`;
const ALSO = String.raw`(?:(?:also|really|clearly|mostly|mainly|very|deeply|then|later)\s+)?`;
/** "how I would…", "how I'd…": the candidate's own answer, recalled as "how to…". */
const MODAL = String.raw`(?:i|we|you|one)\s*(?:would|could|should|might|will|'d|’d|'ll|’ll)\s+`;

interface Rule {
  pattern: RegExp;
  phrase: (match: RegExpExecArray) => string;
}

const rule = (source: string, phrase: (match: RegExpExecArray) => string = (m) => m[1] ?? ''): Rule => ({
  pattern: new RegExp(`^${WHO}${ALSO}${source}$`, 'iu'),
  phrase,
});

const RULES: readonly Rule[] = [
  rule(String.raw`(?:asked|wanted\s+to\s+know|was\s+asking|grilled\s+me|quizzed\s+me)\s+(?:me\s+)?(how|what|which|where|when|why)\s+${MODAL}(.+)`, (m) => `${(m[1] ?? '').toLowerCase()} to ${m[2] ?? ''}`),
  rule(String.raw`(?:asked|wanted\s+to\s+know|was\s+asking)\s+(?:me\s+)?((?:how|what|which|where|when|why|whether)\s+.+)`),
  rule(String.raw`(?:asked|wanted\s+to\s+know|was\s+asking|grilled\s+me|quizzed\s+me|pushed\s+me|probed|pressed\s+me)\s+(?:me\s+)?(?:a\s+lot\s+|hard\s+|in\s+depth\s+)?(?:about|on|regarding|around)\s+(.+)`),
  rule(String.raw`(?:cares?|cared|is\s+passionate|was\s+passionate|passionate|is\s+excited|was\s+excited|excited|is\s+worried|was\s+worried|worried|is\s+curious|was\s+curious|curious|concerned|is\s+concerned|was\s+concerned|thinks\s+a\s+lot|cares\s+a\s+lot|cared\s+a\s+lot|is\s+skeptical|skeptical|is\s+sceptical|sceptical|is\s+opinionated|opinionated)\s+about\s+(.+)`),
  rule(String.raw`(?:is\s+|was\s+|very\s+)?(?:interested|invested|involved|keen)\s+in\s+(.+)`),
  rule(String.raw`(?:is\s+|was\s+)?(?:focused|keen|big|hooked|fixated)\s+on\s+(.+)`),
  rule(String.raw`(?:talked|spoke|chatted|went\s+deep|dug|dove|dived|got\s+into|spent\s+(?:a\s+lot\s+of|most\s+of\s+the)\s+time)\s+(?:a\s+lot\s+|at\s+length\s+|mostly\s+|for\s+a\s+while\s+)?(?:about|into|on)\s+(.+)`),
  rule(String.raw`(?:discussed|covered|explained|described|presented|mentioned|brought\s+up|raised|shared|walked\s+me\s+through|showed\s+me|told\s+me\s+about|outlined|loves?|loved|enjoys?|enjoyed|likes?|liked|hates?|hated|dislikes?|disliked)\s+(.+)`),
  rule(String.raw`(?:is|are|was|were)\s+(?:working|busy)\s+on\s+(.+)`),
  rule(
    String.raw`(?:is|are|was|were)\s+((?:moving|migrating|rebuilding|building|hiring|rewriting|replacing|switching|scaling|growing|splitting|adopting|introducing|rolling\s+out|planning|consolidating|reorganising|reorganizing)\s+.+)`,
  ),
  { pattern: /^(?:lots\s+of\s+|many\s+|a\s+lot\s+of\s+|some\s+|good\s+|great\s+|tough\s+|hard\s+|deep\s+)?questions?\s+(?:about|on|around|regarding)\s+(.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(?:a\s+)?deep[\s-]dive\s+(?:into|on)\s+(.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(?:about|re|topics?|subject)\s*[:\-–—]\s*(.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(.+?)\s+came\s+up(?:\s+(?:a\s+lot|twice|again|several\s+times|more\s+than\s+once))?$/iu, phrase: (m) => m[1] ?? '' },
];

/**
 * The line as a phrase for "our conversation about …", or the line as written
 * when no rule fits (or what a rule would leave is too short to say anything).
 */
export function topicPhrase(line: string): string {
  const text = cleanLine(line).replace(TRAILING_PUNCTUATION, '');
  const promised = promiseParts(text);
  if (promised) return promised.about || text;
  for (const { pattern, phrase } of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const result = tidy(phrase(match));
    // "mentioned they are hiring" leaves a clause of its own, not a topic.
    if (result.length >= MIN_LENGTH && !CLAUSE.test(result)) return result;
  }
  return text;
}

const CLAUSE = /^(?:that|she|he|they|we|i|it|there|you|this|these|those|to)\b/iu;

/** Their team, their roadmap: in a note to them, "your". */
function tidy(phrase: string): string {
  return phrase
    .replace(/\b(?:her|his|their)(?=\s+\S)/giu, 'your')
    .replace(/\s+(?:a\s+lot|too|as\s+well|at\s+length|in\s+detail)$/iu, '')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}

export interface TopicPicks {
  /** Phrases from the notes about this person. */
  person: string[];
  /** Phrases from the notes about the whole interview not already in `person`. */
  interview: string[];
}

/** Enough to choose from in a popup without scrolling past the note itself. */
export const MAX_TOPIC_PICKS = 8;

/**
 * Quick picks for the topic a note recalls, as topic phrases. The person's own
 * notes come first: what was said with them is what makes their note theirs.
 */
export function topicPicks(personNotes: string, interviewNotes: string, max = MAX_TOPIC_PICKS): TopicPicks {
  const seen = new Set<string>();
  const take = (text: string, room: number): string[] => {
    const picks: string[] = [];
    for (const line of noteLines(text)) {
      if (picks.length >= room) break;
      const phrase = topicPhrase(line);
      const key = phrase.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      picks.push(phrase);
    }
    return picks;
  };
  const person = take(personNotes, max);
  const interview = take(interviewNotes, max - person.length);
  return { person, interview };
}

export interface PromiseParts {
  /** What was promised, as the line names it, without the verb: "an article on on-call rotations". */
  thing: string;
  /** What it is about: "on-call rotations"; '' when the line does not say. */
  about: string;
}

/**
 * "Promised her an article on X", "I'll send him my notes on Y", "will share
 * the slides from Z with the team", "Told Lars I'd send the benchmark": the
 * candidate's own words for a promise, in English. Null for any other line.
 */
const PROMISE = new RegExp(
  String.raw`^(?:(?:i|we)\s+)?(?:also\s+)?(?:` +
    String.raw`(promised(?:\s+to)?|owe\s+(?:her|him|them|you))|` +
    String.raw`(?:said|told\s+[\p{L}\p{M}'’-]+)\s+(?:that\s+)?(?:i|we)\s*(?:'d|’d|would|'ll|’ll|will)|` +
    String.raw`(?:i|we)\s*(?:'ll|’ll|will|'d|’d|would)|will|need\s+to|have\s+to|going\s+to` +
    String.raw`)\s+(?:(send|share|forward|e-?mail|pass\s+on|pass\s+along|dig\s+up|look\s+up|find|follow\s+up\s+with|get\s+back\s+(?:to\s+[\p{L}\p{M}'’-]+\s+)?with|introduce\s+[\p{L}\p{M}'’-]+\s+to)\s+)?(.+)$`,
  'iu',
);
/** Whom it was promised to, before the thing ("her an article"), and after it ("… with Lars"). */
const RECIPIENT_BEFORE = /^(?:her|him|them|you|the\s+team|the\s+panel|\p{Lu}[\p{L}\p{M}'’-]*)\s+(?=(?:a|an|the|my|our|some|that|this|those|these|one|\d+)\s)/u;
const RECIPIENT_AFTER = /\s+(?:to|with|for)\s+(?:her|him|them|you|the\s+team|the\s+panel|\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** "an article on X": where what it is about begins. */
const ABOUT = /\s(?:on|about|regarding|covering|around|re)\s+(.+)$/iu;

export function promiseParts(line: string): PromiseParts | null {
  const match = PROMISE.exec(cleanLine(line).replace(TRAILING_PUNCTUATION, ''));
  const [, promised, verb] = match ?? [];
  let thing = match?.[3]?.trim() ?? '';
  // "I'll think about it" is no promise: only "promised" and "owe" need no verb of sending.
  if (!match || !thing || (!promised && !verb)) return null;
  thing = thing.replace(RECIPIENT_BEFORE, '').replace(RECIPIENT_AFTER, '').trim();
  if (thing.length < MIN_LENGTH) return null;
  const about = ABOUT.exec(thing)?.[1] ?? '';
  return { thing, about: about.length >= MIN_LENGTH ? tidy(about) : '' };
}
