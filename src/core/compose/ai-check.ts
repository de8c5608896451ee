import { cleanBlock, cleanLine, LIMITS, trimChars } from '../text.ts';
import type { AiNoteInput } from './ai-prompt.ts';

type AiProblemKind = 'unreadable' | 'empty' | 'name' | 'link' | 'placeholder' | 'inventedLink' | 'inventedAddress' | 'tooLong';

export interface AiProblem {
  kind: AiProblemKind;
  /** What it is about, as found in the draft or the input (a link, an address, a name); '' when nothing more is to say. */
  detail: string;
}

export type AiCheck = { ok: true; subject: string; body: string } | { ok: false; problems: AiProblem[] };

/**
 * A thank-you note is a few short paragraphs; a reply past these is rambling, or something else.
 * @internal exported for its tests
 */
export const AI_LIMITS = { subject: 150, body: 2_000 } as const;

/** The bounds for this note: polishing a long note of the candidate's own may keep its length. */
function aiLimits(input: Pick<AiNoteInput, 'mode' | 'draftBody'>): { subject: number; body: number } {
  const own = input.mode === 'polish' ? Math.ceil(input.draftBody.length * 1.5) : 0;
  return { subject: AI_LIMITS.subject, body: Math.min(LIMITS.body, Math.max(AI_LIMITS.body, own)) };
}

/**
 * How long the raw reply may grow while it streams before it is stopped: the
 * bounds, with room for JSON's quoting and escapes. Past it the draft would
 * be refused as too long anyway.
 */
export function aiReplyLimit(input: Pick<AiNoteInput, 'mode' | 'draftBody'>): number {
  const { subject, body } = aiLimits(input);
  return (subject + body) * 2 + 100;
}

/**
 * The subject and body of a reply that may still be arriving
 * (`{"subject": "Thank you — Pla`): each string read as far as it goes.
 * A hand-written scanner, linear in the reply, that never throws.
 */
export function readAiNote(raw: string): { subject: string; body: string } {
  const note = { subject: '', body: '' };
  let at = raw.indexOf('{');
  if (at === -1) return note;
  at += 1;
  for (;;) {
    at = skipSpace(raw, at, ',');
    if (raw[at] !== '"') return note;
    const key = readString(raw, at);
    if (!key.closed) return note;
    at = skipSpace(raw, key.end, '');
    if (raw[at] !== ':') return note;
    at = skipSpace(raw, at + 1, '');
    // Only string values are read; anything else ends the reading.
    if (raw[at] !== '"') return note;
    const value = readString(raw, at);
    if (key.text === 'subject' || key.text === 'body') note[key.text] = value.text;
    if (!value.closed) return note;
    at = value.end;
  }
}

function skipSpace(text: string, from: number, also: string): number {
  let at = from;
  while (at < text.length && (' \t\r\n'.includes(text[at]!) || (also !== '' && also.includes(text[at]!)))) at += 1;
  return at;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };

/** The JSON string starting at `from` (a quote), decoded as far as the text goes. */
function readString(text: string, from: number): { text: string; end: number; closed: boolean } {
  let out = '';
  let at = from + 1;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"') return { text: out, end: at + 1, closed: true };
    if (char !== '\\') {
      out += char;
      at += 1;
      continue;
    }
    const escaped = text[at + 1];
    if (escaped === undefined) break;
    if (escaped === 'u') {
      const hex = text.slice(at + 2, at + 6);
      if (hex.length < 4 || !/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      at += 6;
    } else {
      out += ESCAPES[escaped] ?? escaped;
      at += 2;
    }
  }
  return { text: out, end: at, closed: false };
}

/**
 * The on-device model's reply, read while it streams and checked before the
 * candidate can use it. A draft is used only when it greets the person by
 * their name as written, carries the tidbit's link exactly, holds no
 * placeholder, names no link or address that the candidate's own words did
 * not, and stays within a length bound; otherwise every reason is returned
 * and the composer keeps the note it had.
 */
export function checkAiNote(raw: string, input: AiNoteInput): AiCheck {
  const parsed = parseReply(raw);
  if (!parsed) return { ok: false, problems: [{ kind: 'unreadable', detail: '' }] };
  const limits = aiLimits(input);
  // One character past each bound is kept, so a reply over it is seen as such.
  const subject = cleanLine(parsed.subject, limits.subject + 1);
  const body = cleanBlock(parsed.body, limits.body + 1);
  if (!subject || !body) return { ok: false, problems: [{ kind: 'empty', detail: '' }] };
  const text = `${subject}\n${body}`;
  const problems: AiProblem[] = [];

  const names = [input.firstName, input.fullName].filter(Boolean);
  if (names.length > 0 && !names.some((name) => hasWord(text, name))) problems.push({ kind: 'name', detail: input.firstName || input.fullName });

  const found = mentions(text);
  if (input.tidbitLink && !found.links.some((link) => link.forms.includes(input.tidbitLink))) problems.push({ kind: 'link', detail: input.tidbitLink });

  const placeholder = placeholderIn(text);
  if (placeholder) problems.push({ kind: 'placeholder', detail: placeholder });

  const given = mentions(
    [input.personNotes, input.interviewNotes, input.promise, input.tidbitTitle, input.tidbitLink, input.signature, input.draftSubject, input.draftBody].join('\n'),
  );
  const givenLinks = new Set(given.links.flatMap((link) => link.forms));
  const givenHosts = new Set(given.links.map((link) => link.host));
  const invented = found.links.find((link) => !link.forms.some((form) => givenLinks.has(form)) && !(link.bare && givenHosts.has(link.host)));
  if (invented) problems.push({ kind: 'inventedLink', detail: invented.forms[0]! });
  const givenAddresses = new Set(given.addresses);
  const address = found.addresses.find((a) => !givenAddresses.has(a));
  if (address) problems.push({ kind: 'inventedAddress', detail: address });

  if (subject.length > limits.subject || body.length > limits.body) problems.push({ kind: 'tooLong', detail: '' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, subject, body };
}

function parseReply(raw: string): { subject: string; body: string } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { subject, body } = value as Record<string, unknown>;
    return typeof subject === 'string' && typeof body === 'string' ? { subject, body } : null;
  } catch {
    return null;
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `word` stands in `text` as written, not inside a longer word ("Anna" is not in "Annabel"). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Placeholder syntax a template or a language model leaves behind: {{name}}, {name}, [Your Name], <Company>. */
const PLACEHOLDERS = [/\{\{|\}\}/, /\{[^{}\n]{1,60}\}/, /\[[^[\]\n]{1,60}\]/, /<[^<>\n]{1,60}>/];

function placeholderIn(text: string): string {
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return '';
}

interface FoundLink {
  /** The link without the punctuation that may close a sentence after it, and as written. */
  forms: string[];
  /** Its host, lower-case, without `www.`. */
  host: string;
  /** Written without a scheme or a path (`northwind.example`): a name for a site already given is no new link. */
  bare: boolean;
}

/** Endings people and models use for a site's address without a scheme; file names (.js, .md, .py) are not among them. */
const TOP_LEVEL = new Set(
  'com org net edu gov int info biz io dev app ai co me us uk eu de fr es it nl be at ch se no dk fi is ie pl cz pt ca au nz jp in br mx za xyz tech site online page blog news'.split(' '),
);
const OPENING = '([{<"\'“‘«';
const CLOSING = '.,;:!?)]}>"\'”’»';
const LINK_START = /https?:\/\/|www\./i;

/**
 * The links and mail addresses in a text, found word by word (split on white
 * space, then trimmed of the punctuation around it), so the search is linear.
 */
function mentions(text: string): { links: FoundLink[]; addresses: string[] } {
  const links: FoundLink[] = [];
  const addresses: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const address = addressIn(token);
    if (address) {
      addresses.push(address);
      continue;
    }
    // A link glued to a word before it ("here:https://…") is still a link.
    const start = token.search(LINK_START);
    const word = trimChars(start > 0 ? token.slice(start) : token, OPENING, true);
    const link = linkOf(word);
    if (link) links.push(link);
  }
  return { links, addresses };
}

function linkOf(word: string): FoundLink | null {
  const trimmed = trimChars(word, CLOSING);
  const forms = [...new Set([trimmed, word])];
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return { forms, host: hostName(new URL(trimmed).hostname), bare: false };
    } catch {
      return { forms, host: '', bare: false };
    }
  }
  const cut = trimmed.search(/[/?#:]/);
  const host = cut === -1 ? trimmed : trimmed.slice(0, cut);
  const labels = host.split('.');
  const www = /^www\./i.test(host);
  if (labels.length < 2 || !labels.every((label) => /^[a-z0-9-]{1,63}$/i.test(label))) return null;
  if (!www && !TOP_LEVEL.has(labels.at(-1)!.toLowerCase())) return null;
  return { forms, host: hostName(host), bare: cut === -1 || trimmed.length === cut + 1 };
}

function hostName(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/** The mail address in a word, lower-case ("Write:priya@northwind.example." holds one), or ''. */
function addressIn(token: string): string {
  const at = token.indexOf('@');
  if (at < 1) return '';
  let from = at;
  while (from > 0 && LOCAL_CHAR.test(token[from - 1]!)) from -= 1;
  let to = at + 1;
  while (to < token.length && DOMAIN_CHAR.test(token[to]!)) to += 1;
  const local = token.slice(from, at);
  const domain = trimChars(token.slice(at + 1, to), '.-');
  const labels = domain.split('.');
  if (!local || labels.length < 2 || labels.some((label) => label === '') || !/^\p{L}{2,}$/u.test(labels.at(-1)!)) return '';
  return `${local}@${domain}`.toLowerCase();
}
