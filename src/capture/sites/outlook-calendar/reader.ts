import { cleanEmail, cleanLine, LIMITS, trimChars } from '../../../core/text.ts';
import { addressWordIn, attr, first, firstText, hrefOf, mailtoAddress, queryAllOf, signedInAccount, textOf, isHttp } from '../../dom.ts';
import { meetingLinkIn } from '../../meeting-link.ts';
import { readContext, type ReadContext, type ReadOptions } from '../../read-options.ts';
import { event, finish, person, withAccount, type RawPerson } from '../../../core/capture/result.ts';
import { afterOrganizerLabel, mentionsOrganizer } from '../../organizer-words.ts';
import * as S from './selectors.ts';
import type { Capture } from '../../../core/capture/capture.ts';
import type { Site } from '../../site.ts';
import { parseWhen } from '../../parse-when.ts';

/** "Ada Lovelace <ada@x.org>", "Ada Lovelace (ada@x.org)", "ada@x.org" → name and address. */
function splitNameAndEmail(text: string): { name: string; email: string } {
  const word = addressWordIn(text);
  const email = word ? cleanEmail(word) : '';
  const name = word ? text.replace(word, '').replace(/[<>()[\]"]/g, ' ') : text;
  return { name: trimChars(cleanLine(name, LIMITS.name), ' ,;:'), email };
}

/** Whether the element or a close ancestor is labelled as the organizer. */
function isOrganizer(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (mentionsOrganizer(attr(node, 'aria-label'))) return true;
    const previous = node.previousElementSibling;
    if (previous && previous.children.length === 0 && mentionsOrganizer(textOf(previous, 60))) return true;
  }
  return false;
}

function personFrom(element: Element): RawPerson | null {
  const source = mailtoAddress(element) || attr(element, 'title') || attr(element, 'aria-label');
  const fromAttribute = splitNameAndEmail(source);
  if (!fromAttribute.email) return null;
  // The shown name is the cleanest; a label may trail a status ("Mei Tanaka (mei@…), Accepted").
  const visible = textOf(element, LIMITS.name);
  const labelled = fromAttribute.name.split(/[,;]/)[0]!.trim();
  const name = visible && !visible.includes('@') ? visible : mentionsOrganizer(labelled) ? '' : labelled;
  return { name, email: fromAttribute.email, role: isOrganizer(element) ? 'organizer' : 'attendee' };
}

/** "Organizer: Ada Lovelace" shown as a line of its own (the peek card). */
function organizerLine(lines: readonly Element[]): RawPerson | null {
  for (const element of lines) {
    if (element.children.length > 0) continue;
    const label = afterOrganizerLabel(textOf(element, 200));
    if (label === null) continue;
    const { name, email } = splitNameAndEmail(label);
    return name || email ? { name, email, role: 'organizer' } : null;
  }
  return null;
}

function when(lines: readonly Element[], context: ReadContext): { start: string | null; end: string | null } {
  for (const element of lines) {
    if (element.children.length > 2) continue;
    const text = textOf(element, 200);
    if (text.length < 6 || !/\d/.test(text)) continue;
    const parsed = parseWhen(text, context);
    if (parsed.start) return parsed;
  }
  return { start: null, end: null };
}

function readEvent(root: Element, pageUrl: string, context: ReadContext): Capture {
  const lines = queryAllOf(root, S.TEXT_LINES, 400);
  const people: (RawPerson | null)[] = queryAllOf(root, S.PEOPLE, 300).map(personFrom);
  if (!people.some((p) => p?.role === 'organizer')) people.unshift(organizerLine(lines));
  const link = queryAllOf(root, S.JOIN_LINKS, 20)
    .map((a) => meetingLinkIn(hrefOf(a, pageUrl)))
    .find(Boolean);
  return finish('outlook-calendar', people.map(person), {
    event: event({ title: firstText(root, S.SUBJECT, LIMITS.title), ...when(lines, context), location: link ?? '' }),
  });
}

/**
 * An Outlook on the web event: the opened event or the peek card over the
 * grid. The peek shows subject, time and organizer; the opened event adds the
 * attendees. Times are read from the text Outlook shows, in its display zone.
 */
export function readOutlook(doc: Document, pageUrl: string, options?: ReadOptions): Capture {
  const context = readContext(doc, options);
  // A tile selected in the grid opens the peek card, so the tiles themselves are not read.
  const root = first(doc, S.EVENT_ROOTS);
  return root ? withAccount(readEvent(root, pageUrl, context), signedInAccount(doc, S.ACCOUNT)) : finish('outlook-calendar', []);
}

export const site: Site = {
  source: 'outlook-calendar',
  // Work (office.com, office365.com, cloud.microsoft) and personal (live.com) Outlook; the calendar only, not mail.
  detect: (url) =>
    isHttp(url) &&
    /^outlook\.(office|office365|live)\.com$|^outlook\.cloud\.microsoft$/i.test(url.hostname) &&
    /^(\/owa)?\/calendar(\/|$)/i.test(url.pathname) &&
    !/\.ics$/i.test(url.pathname),
  read: readOutlook,
};

export const examples = [
  'https://outlook.office.com/calendar/view/week',
  'https://outlook.live.com/calendar/0/view/day',
  'https://outlook.office.com/calendar/item/AAMkAGI2TG93AAA%3D',
  'https://outlook.office365.com/calendar/view/workweek',
  'https://outlook.cloud.microsoft/calendar/view/month',
];
