// Note lines as phrases that complete "our conversation about …". Only English has rephrasing rules:
// a line no rule fits is offered exactly as written, never a sentence Afterview made up.
import { cleanLine, LIMITS, trimChars } from '../text.ts';

/** Semicolons, bullets and sentence ends split a line written in a hurry. */
const SPLIT = /\r?\n|[;•·]|(?<=[.!?])\s+/u;
const LIST_MARKER = /^(?:[-*–—>]+|\d{1,2}[.)])\s*/u;
/** Closing punctuation and spaces, cut by a loop rather than an end-anchored pattern. */
const TRAILING = ' .!?,:;';
const trimTrailing = (text: string) => trimChars(text, TRAILING);
/** Shorter fragments ("ok", "Q3") are not topics anyone would recall in a note. */
const MIN_LENGTH = 3;

/** The phrases of some notes, one per line or sentence, list markers and closing punctuation dropped. */
export function noteLines(notes: string): string[] {
  return (
    notes
      .split(SPLIT)
      .map((part) => trimTrailing(cleanLine(part, LIMITS.line * 2).replace(LIST_MARKER, '')))
      // A phrase longer than a topic may be is a paragraph, not a topic.
      .filter((phrase) => phrase.length >= MIN_LENGTH && phrase.length <= LIMITS.line)
  );
}

// Every pattern is anchored and has only bounded repetition, so it runs in linear time on untrusted
// text. The text is cleaned first (cleanLine folds every run of white space into one space), so the
// patterns spell a space as one space: `\s+` next to `.+` would let them split a run of spaces many ways.
/** Who did the thing, left out of the phrase: a pronoun, or a word or two ("Priya", "The CTO"). */
const WHO = String.raw`(?:(?:she|he|they|we|i|(?:the )?[\p{L}\p{M}'’-]+) )?`;
const ALSO = `(?:(?:also|really|clearly|mostly|mainly|very|deeply|then|later) )?`;
/** "how I would…", "how I'd…": the candidate's own answer, recalled as "how to…". */
const MODAL = `(?:i|we|you|one) ?(?:would|could|should|might|will|'d|’d|'ll|’ll) `;

interface Rule {
  pattern: RegExp;
  phrase: (match: RegExpExecArray) => string;
}

const rule = (source: string, phrase: (match: RegExpExecArray) => string = (m) => m[1] ?? ''): Rule => ({
  pattern: new RegExp(`^${WHO}${ALSO}${source}$`, 'iu'),
  phrase,
});

const RULES: readonly Rule[] = [
  rule(`(?:asked|wanted to know|was asking|grilled me|quizzed me) (?:me )?(how|what|which|where|when|why) ${MODAL}(.+)`, (m) => `${(m[1] ?? '').toLowerCase()} to ${m[2] ?? ''}`),
  rule(`(?:asked|wanted to know|was asking) (?:me )?((?:how|what|which|where|when|why|whether) .+)`),
  rule(`(?:asked|wanted to know|was asking|grilled me|quizzed me|pushed me|probed|pressed me) (?:me )?(?:a lot |hard |in depth )?(?:about|on|regarding|around) (.+)`),
  rule(`(?:cares?|cared|is passionate|was passionate|passionate|is excited|was excited|excited|is worried|was worried|worried|is curious|was curious|curious|concerned|is concerned|was concerned|thinks a lot|cares a lot|cared a lot|is skeptical|skeptical|is sceptical|sceptical|is opinionated|opinionated) about (.+)`),
  rule(`(?:is |was |very )?(?:interested|invested|involved|keen) in (.+)`),
  rule(`(?:is |was )?(?:focused|keen|big|hooked|fixated) on (.+)`),
  rule(`(?:talked|spoke|chatted|went deep|dug|dove|dived|got into|spent (?:a lot of|most of the) time) (?:a lot |at length |mostly |for a while )?(?:about|into|on) (.+)`),
  rule(`(?:discussed|covered|explained|described|presented|mentioned|brought up|raised|shared|walked me through|showed me|told me about|outlined|loves?|loved|enjoys?|enjoyed|likes?|liked|hates?|hated|dislikes?|disliked) (.+)`),
  rule(`(?:is|are|was|were) (?:working|busy) on (.+)`),
  rule(
    `(?:is|are|was|were) ((?:moving|migrating|rebuilding|building|hiring|rewriting|replacing|switching|scaling|growing|splitting|adopting|introducing|rolling out|planning|consolidating|reorganising|reorganizing) .+)`,
  ),
  { pattern: /^(?:lots of |many |a lot of |some |good |great |tough |hard |deep )?questions? (?:about|on|around|regarding) (.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(?:a )?deep[ -]dive (?:into|on) (.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(?:about|re|topics?|subject) ?[:\-–—] ?(.+)$/iu, phrase: (m) => m[1] ?? '' },
  { pattern: /^(.+?) came up(?: (?:a lot|twice|again|several times|more than once))?$/iu, phrase: (m) => m[1] ?? '' },
];

/**
 * The line as a phrase for "our conversation about …", or the line as written
 * when no rule fits (or what a rule would leave is too short to say anything).
 * @internal exported for its tests
 */
export function topicPhrase(line: string): string {
  const text = trimTrailing(cleanLine(line));
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
  return trimTrailing(phrase.replace(/\b(?:her|his|their)(?= \S)/giu, 'your').replace(/ (?:a lot|too|as well|at length|in detail)$/iu, '')).trim();
}

export interface TopicPicks {
  /** Phrases from the notes about this person. */
  person: string[];
  /** Phrases from the notes about the whole interview not already in `person`. */
  interview: string[];
}

/** Enough to choose from in a popup without scrolling past the note itself. */
const MAX_TOPIC_PICKS = 8;

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
  `^(?:(?:i|we) )?(?:also )?(?:` +
    `(promised(?: to)?|owe (?:her|him|them|you))|` +
    String.raw`(?:said|told [\p{L}\p{M}'’-]+) (?:that )?(?:i|we) ?(?:'d|’d|would|'ll|’ll|will)|` +
    `(?:i|we) ?(?:'ll|’ll|will|'d|’d|would)|will|need to|have to|going to` +
    String.raw`) (?:(send|share|forward|e-?mail|pass on|pass along|dig up|look up|find|follow up with|get back (?:to [\p{L}\p{M}'’-]+ )?with|introduce [\p{L}\p{M}'’-]+ to) )?(.+)$`,
  'iu',
);
/** Whom it was promised to, before the thing ("her an article"), and after it ("… with Lars"). */
const RECIPIENT_BEFORE = /^(?:her|him|them|you|the team|the panel|\p{Lu}[\p{L}\p{M}'’-]*) (?=(?:a|an|the|my|our|some|that|this|those|these|one|\d+) )/u;
const RECIPIENT_AFTER = / (?:to|with|for) (?:her|him|them|you|the team|the panel|\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** "an article on X": where what it is about begins. */
// dotAll: `(.+)$` then always reaches the end, so a match never backtracks.
const ABOUT = / (?:on|about|regarding|covering|around|re) (.+)$/isu;

export function promiseParts(line: string): PromiseParts | null {
  const match = PROMISE.exec(trimTrailing(cleanLine(line)));
  const [, promised, verb] = match ?? [];
  let thing = match?.[3]?.trim() ?? '';
  // "I'll think about it" is no promise: only "promised" and "owe" need no verb of sending.
  if (!match || !thing || (!promised && !verb)) return null;
  thing = thing.replace(RECIPIENT_BEFORE, '').replace(RECIPIENT_AFTER, '').trim();
  if (thing.length < MIN_LENGTH) return null;
  const about = ABOUT.exec(thing)?.[1] ?? '';
  return { thing, about: about.length >= MIN_LENGTH ? tidy(about) : '' };
}
