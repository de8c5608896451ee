// Titles are page text: every pattern here runs in linear time.
import { cleanLine, LIMITS, trimChars } from '../text.ts';
import { fold } from '../tidbits/words.ts';

export interface TitleReading {
  /** The job, as written ("Backend Engineer"), or ''. */
  role: string;
  /** The round the title names, or null. */
  round: number | null;
  /** A company the title names ("… at Northwind", "Northwind <> …", a segment of its own), or ''. */
  company: string;
  /** Whom the interview is "with" ("Interview with Brightwater Labs"): a company or a person, the title cannot say which. */
  withWhom: string;
}

const NOT_IN_WORD = '(?<![\\p{L}\\p{N}])';
const END_OF_WORD = '(?![\\p{L}\\p{N}])';

const ORDINALS: Record<string, number> = {
  first: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4, fifth: 5, five: 5,
  erste: 1, erst: 1, zweite: 2, zweit: 2, dritte: 3, dritt: 3, vierte: 4, funfte: 5,
  premier: 1, premiere: 1, deuxieme: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  primera: 1, primer: 1, segunda: 2, tercera: 3, cuarta: 4, quinta: 5,
};
const ORDINAL = Object.keys(ORDINALS).join('|');
const ROUND_NOUN = 'round|interview|runde|gesprach|interview|vorstellungsgesprach|tour|entretien|ronda|entrevista';

/**
 * Where a title names its round; group 1 is a number or an ordinal word.
 * Matched on the folded title, whose white space cleanLine has made single
 * spaces: a space is spelled as one, so no two parts can share a run of them.
 */
const ROUND_PATTERNS: readonly RegExp[] = [
  // "round 2", "Runde 2", "tour 2", "ronda 2", "round #2", "round two"
  new RegExp(`${NOT_IN_WORD}(?:round|runde|tour|ronda) ?(?:#|n[o°º]\\.? ?)?(\\d{1,2}|one|two|three|four|five)${END_OF_WORD}`, 'u'),
  // "2nd round", "2. Runde", "2e tour", "2ème entretien", "2ª ronda", "2 entrevista"
  new RegExp(`${NOT_IN_WORD}(\\d{1,2}) ?(?:st|nd|rd|th|\\.|e|eme|er|ere|re|nde|ª|º|°|a|o)? ?(?:${ROUND_NOUN})${END_OF_WORD}`, 'u'),
  // "second round", "zweites Gespräch", "deuxième entretien", "segunda ronda"
  new RegExp(`${NOT_IN_WORD}(${ORDINAL})[nsr]? (?:${ROUND_NOUN})${END_OF_WORD}`, 'u'),
  // "Zweitgespräch"
  new RegExp(`${NOT_IN_WORD}(erst|zweit|dritt)gesprach${END_OF_WORD}`, 'u'),
];
/** "Backend Engineer R2": only an upper-case R, so "r2" in a word stays a word. */
const SHORT_ROUND = /(?<![\p{L}\p{N}])R([1-9])(?![\p{L}\p{N}])/u;

/** Words that say it is an interview, or which kind of conversation, rather than what or with whom. */
const MARKERS = new Set(
  `interview interviews interviewing screen screening screener phone video call chat conversation meeting onsite on site virtual remote
  final loop panel technical tech coding behavioral behavioural cultural culture fit intro introductory introduction initial follow up
  followup debrief case study presentation assessment challenge take home pairing sync catch round stage step recruiter hm
  vorstellungsgesprach bewerbungsgesprach gesprach kennenlernen kennenlerngesprach telefoninterview videointerview fachgesprach
  technisches technische erstgesprach zweitgesprach runde telefonat
  entretien entretiens embauche technique telephonique visio appel echange rencontre
  entrevista entrevistas tecnica llamada videollamada reunion charla presencial
  for fur pour para als as comme como the der die das le la el de d of team equipe equipo position role job poste stelle puesto`.split(/\s+/),
);
/** A piece naming a team ("platform team") names neither a company nor a role. */
const TEAM_WORDS = new Set(['team', 'teams', 'equipe', 'equipo']);
/** Words that show the event is an interview at all; without one, a lone title ("Dentist") names no company. */
const INTERVIEW_EVIDENCE = /(?<![\p{L}\p{N}])(?:interviews?|screen(?:ing)?|onsite|loop|panel|vorstellungsgesprach|bewerbungsgesprach|gesprach|entretien|entrevista)(?![\p{L}\p{N}])/u;
/** Two-word kinds of conversation whose words would otherwise read as a role ("hiring manager"). */
const MARKER_PHRASES = /(?<![\p{L}\p{N}])(?:hiring manager|system design|pair programming)(?![\p{L}\p{N}])/giu;

/** Words that make a piece of a title a job; German compounds end in them ("Softwareentwicklerin"). */
const ROLE_WORDS = new Set(
  `engineer engineering developer dev designer manager analyst scientist lead head architect director consultant specialist administrator
  admin intern internship researcher programmer officer associate coordinator owner editor writer marketer accountant counsel vp president
  cto ceo cfo coo sre devops tester qa strategist representative executive advisor technician
  entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin architekt architektin werkstudent werkstudentin
  praktikant praktikantin referent referentin sachbearbeiter sachbearbeiterin managerin analystin designerin
  developpeur developpeuse ingenieure chef responsable analyste stagiaire concepteur conceptrice directeur directrice consultante
  architecte charge chargee
  ingeniero ingeniera desarrollador desarrolladora disenador disenadora gerente analista jefe jefa cientifico cientifica arquitecto
  arquitecta consultor consultora directora becario becaria programador programadora especialista`.split(/\s+/),
);
const ROLE_SUFFIXES = ['entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'designer', 'designerin', 'manager', 'managerin', 'leiter', 'leiterin', 'berater', 'beraterin'];

const isRoleWord = (word: string) => ROLE_WORDS.has(word) || ROLE_SUFFIXES.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix));

/**
 * Pieces of a (cleaned, single-spaced) title: " – ", " | ", ": ", "; ", " / ",
 * brackets, a dash at either end. A hyphen inside a word ("Backend-Entwickler") is not one.
 */
const SEPARATORS = / [-–—] | ?[|•·;] ?|: ?| \/ |[()[\]{}]|^[-–—] ?| ?[-–—]$/u;
/** "Northwind <> Ada Quist": the company, then the candidate. */
const PARTIES = / ?<> ?/;
/** "… at Northwind", "… bei Northwind", "… chez Northwind", "… @ Northwind". */
const AT_COMPANY = new Set(['at', 'bei', 'chez', '@']);
/** "… with Brightwater Labs", "mit", "avec", "con". */
const WITH_WHOM = new Set(['with', 'mit', 'avec', 'con']);

/** A piece cut at its first word of `words` that has something after it: what comes before, and after; null when there is none. */
function cutAtWord(piece: string, words: ReadonlySet<string>): [string, string] | null {
  const tokens = piece.split(' ');
  const at = tokens.findIndex((token, i) => i < tokens.length - 1 && words.has(token.toLowerCase()));
  return at < 0 ? null : [tokens.slice(0, at).join(' '), tokens.slice(at + 1).join(' ')];
}

interface Word {
  key: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)) {
    words.push({ key: fold(match[0]).split(/['’]/)[0]!, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A piece without the interview words around it: "Backend Engineer Interview" → "Backend Engineer"; null when nothing else is left. */
function trimmed(piece: string): { text: string; words: Word[] } | null {
  const words = wordsOf(piece.replace(MARKER_PHRASES, (phrase) => ' '.repeat(phrase.length)));
  let from = 0;
  let to = words.length;
  while (from < to && MARKERS.has(words[from]!.key)) from += 1;
  while (to > from && MARKERS.has(words[to - 1]!.key)) to -= 1;
  if (from === to) return null;
  const kept = words.slice(from, to);
  return { text: piece.slice(kept[0]!.start, kept.at(-1)!.end), words: kept };
}

/** The title without what a pattern matched in it (at the same places: the folded title keeps them). */
const without = (title: string, match: RegExpExecArray) => cleanLine(`${title.slice(0, match.index)} ${title.slice(match.index + match[0].length)}`, LIMITS.title);

function readRound(title: string): { round: number | null; rest: string } {
  // Folded letter by letter, keeping any letter whose folding changes its length ("ß"), so a match's place is its place in the title.
  const folded = [...title].map((c) => (fold(c).length === c.length ? fold(c) : c)).join('');
  for (const pattern of ROUND_PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const found = match[1]!;
    const round = /^\d+$/.test(found) ? Number(found) : (ORDINALS[found] ?? null);
    return { round: round !== null && round >= 1 && round <= 20 ? round : null, rest: without(title, match) };
  }
  const short = SHORT_ROUND.exec(title);
  if (short) return { round: Number(short[1]), rest: without(title, short) };
  return { round: null, rest: title };
}

/**
 * The role, the round and the company an interview's calendar title states.
 * Recruiters write these by hand or through a scheduling tool, in the
 * candidate's language: "Interview: Backend Engineer – round 2", "Northwind <>
 * Ada Quist | Onsite", "2. Runde – Data Engineer bei Northwind", "Deuxième
 * entretien – Chef de projet", "Entrevista: Ingeniera de Datos (2ª ronda)".
 * What the title does not state stays empty; nothing is guessed from prose.
 */
export function readEventTitle(title: string | null): TitleReading {
  const text = cleanLine(title ?? '', LIMITS.title);
  const { round, rest } = readRound(text);
  let company = '';
  let withWhom = '';
  let role = '';
  let pieces: string[];
  const parties = rest.split(PARTIES);
  if (parties.length === 2) {
    // The candidate's side names them and perhaps the kind of talk; it holds no role or company worth reading.
    company = trimmed(parties[0]!.split(SEPARATORS).filter((p) => p.trim()).at(-1) ?? '')?.text ?? '';
    pieces = parties[1]!.split(SEPARATORS).slice(1);
  } else {
    pieces = rest.split(SEPARATORS);
  }
  const leftovers: string[] = [];
  for (let piece of pieces) {
    piece = trimChars(piece, ' ,.', true);
    if (!piece) continue;
    const at = cutAtWord(piece, AT_COMPANY);
    if (at) {
      company ||= trimmed(at[1])?.text ?? '';
      piece = at[0];
    }
    const withWhat = cutAtWord(piece, WITH_WHOM);
    if (withWhat) {
      withWhom ||= trimmed(withWhat[1])?.text ?? '';
      piece = withWhat[0];
    }
    const kept = trimmed(piece);
    if (!kept) continue;
    if (kept.words.some((w) => isRoleWord(w.key))) role ||= kept.text;
    else if (!wordsOf(piece).some((w) => TEAM_WORDS.has(w.key))) leftovers.push(kept.text);
  }
  if (round !== null || role || INTERVIEW_EVIDENCE.test(fold(text))) company ||= leftovers[0] ?? '';
  return {
    role: cleanLine(role, LIMITS.title),
    round,
    company: cleanLine(company, LIMITS.company),
    withWhom: cleanLine(withWhom, LIMITS.company),
  };
}
