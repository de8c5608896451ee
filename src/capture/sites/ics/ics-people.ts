import { cleanLine, LIMITS, trimChars } from '../../../core/text.ts';

const SUFFIX = /^(jr|sr|ii|iii|iv|v|phd|ph\.d|md|mba|msc|bsc|ma|ba|esq|cpa|pe|rn|dds|jd|llm|dr)\.?$/i;

const NO_REPLY_LOCAL_PARTS = [
  'no[-_.]?reply',
  'do[-_.]?not[-_.]?reply',
  'notifications?',
  'notify',
  'mailer[-_.]?daemon',
  'calendar[-_.]?notification',
  'invitations?',
  'scheduling',
  'scheduler',
  'bounces?',
];
const NO_REPLY_LOCAL = new RegExp(`^(${NO_REPLY_LOCAL_PARTS.join('|')})([-+._].*)?$`, 'i');

/** Words in a CN that name a system, a team or an applicant tracking product rather than a person. */
const SYSTEM_WORDS = [
  'no[-\\s]?reply',
  'notifications?',
  'calendar',
  'scheduler',
  'scheduling',
  'recruiting',
  'talent',
  'careers',
  'hiring',
  'team',
  'hr',
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'smartrecruiters',
  'icims',
  'jobvite',
  'teamtailor',
  'recruitee',
  'personio',
  'bamboohr',
  'goodtime',
  'calendly',
];
const SYSTEM_NAME = new RegExp(`\\b(${SYSTEM_WORDS.join('|')})\\b`, 'i');

/**
 * An address nobody reads: applicant tracking systems (Greenhouse, Lever,
 * Ashby…) send invitations as an organizer like that. Such an organizer is kept
 * by name only when its CN is a person's ("Jane Roe via Greenhouse" → "Jane
 * Roe"), never the system's.
 */
export function isNoReply(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return NO_REPLY_LOCAL.test(local) || /noreply|no-reply|donotreply/i.test(local);
}

/** "Name (address)" or "Name <address>" → "Name": the address in brackets is redundant. */
function withoutBracketedAddress(name: string): string {
  if (!name.endsWith(')') && !name.endsWith('>')) return name;
  const open = Math.max(name.lastIndexOf('('), name.lastIndexOf('<'));
  const inside = name.slice(open + 1, -1);
  return open >= 0 && inside.includes('@') && !/[()<>]/.test(inside) ? name.slice(0, open).trim() : name;
}

/** "Jane Roe via Greenhouse", "Jane Roe (via Ashby)" → "Jane Roe", for a name whose spaces are single. */
function withoutVia(name: string): string {
  const words = (name.endsWith(')') ? name.slice(0, -1) : name).split(' ');
  // What follows "via" holds no bracket, so only a "via" among the last bracket-free words can start it.
  let bracketFree = words.length;
  while (bracketFree > 0 && !/[()]/.test(words[bracketFree - 1]!)) bracketFree -= 1;
  for (let i = Math.max(0, bracketFree - 1); i < words.length - 1; i += 1) {
    if (/^\(?via$/i.test(words[i]!) && words[i + 1] !== '') return words.slice(0, i).join(' ');
  }
  return name;
}

/**
 * A CN turned into the name the user would write in a greeting, or '' when it
 * holds none:
 * - A CN that is only an e-mail address (Google's habit) is no name.
 * - "Kent Dahl (kent@acme.com)" and "Kent Dahl <kent@acme.com>" lose the address.
 * - "Hansen, Sune" (Exchange's "Last, First") becomes "Sune Hansen", unless the
 *   part after the comma is a suffix or credential ("Smith, Jr.", "Lee, PhD").
 */
export function nameFromCn(cn: string | undefined): string {
  let name = trimChars(cleanLine((cn ?? '').replace(/\\([,;\\])/g, '$1'), LIMITS.name), '"', true).trim();
  name = withoutBracketedAddress(name);
  if (!name || name.includes('@')) return '';
  name = withoutVia(name);
  const parts = name.split(',');
  if (parts.length === 2) {
    const [last, given] = parts.map((part) => part.trim()) as [string, string];
    if (last && given && !SUFFIX.test(given)) name = `${given} ${last}`;
  }
  return name;
}

/** Whether a name reads as a system's or team's rather than a person's. */
export function isSystemName(name: string): boolean {
  return SYSTEM_NAME.test(name);
}
