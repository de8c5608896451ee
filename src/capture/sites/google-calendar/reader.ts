import { cleanLine, LIMITS } from '../../../core/text.ts';
import { attr, first, firstText, hrefOf, inputValue, queryAll, queryAllOf, signedInAccount, textOf, isHttp } from '../../dom.ts';
import { meetingLinkIn } from '../../meeting-link.ts';
import { readContext, type ReadContext, type ReadOptions } from '../../read-options.ts';
import { event, finish, person, withAccount, type RawPerson } from '../../../core/capture/result.ts';
import * as S from './selectors.ts';
import { afterOrganizerLabel, mentionsOrganizer } from '../../organizer-words.ts';
import type { Capture } from '../../../core/capture/capture.ts';
import type { Site } from '../../site.ts';
import { parseWhen } from '../../parse-when.ts';

/** Rooms, shared and imported calendars have addresses too; they are not people. */
const NOT_A_PERSON = /@(resource|group|group\.v|import)\.calendar\.google\.com$/i;

function guest(element: Element): RawPerson | null {
  const email = attr(element, 'data-email', LIMITS.email);
  if (NOT_A_PERSON.test(email)) return null;
  const label = attr(element, 'aria-label');
  let name = label.split(/[,،、]/)[0]!.trim();
  if (!name || name.includes('@') || mentionsOrganizer(name)) {
    // The label held no name; take the first visible line that is one.
    name = '';
    for (const part of queryAll(element, 'span, div', 12)) {
      const text = textOf(part, LIMITS.name);
      if (text && !text.includes('@') && !mentionsOrganizer(text) && part.children.length === 0) {
        name = text;
        break;
      }
    }
  }
  return { name, email, role: mentionsOrganizer(label) ? 'organizer' : 'attendee' };
}

function readDetails(root: ParentNode, pageUrl: string, context: ReadContext): Capture {
  const people = queryAllOf(root, S.GUESTS, 300).map(guest);
  const organizerName = cleanLine(afterOrganizerLabel(firstText(root, S.CALENDAR_ROW)), LIMITS.name);
  if (organizerName && !people.some((p) => p?.role === 'organizer')) {
    const same = people.find((p) => p?.name === organizerName);
    if (same) same.role = 'organizer';
    else people.unshift({ name: organizerName, role: 'organizer' });
  }
  const when = parseWhen(firstText(root, S.WHEN), context);
  const location =
    firstText(root, S.LOCATION) || hrefOf(first(root, S.VIDEO_LINK), pageUrl) || meetingLinkIn(firstText(root, S.DESCRIPTION, LIMITS.notes));
  return finish('google-calendar', people.map(person), {
    event: event({ title: firstText(root, S.TITLE, LIMITS.title), ...when, location }),
  });
}

/** A date input's day: `data-date="20211007"` when present, else its shown text. */
function editDay(element: Element | null): string {
  const compact = attr(element, 'data-date');
  const iso = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return inputValue(element);
}

function editTime(element: Element | null): string {
  return attr(element, 'data-initial-value') || inputValue(element);
}

/** The location box holds a hidden, empty input beside the real one; the first value found wins. */
function editLocation(doc: Document): string {
  for (const selector of S.EDIT_LOCATION) {
    for (const element of queryAll(doc, selector.css, 10)) {
      const value = inputValue(element) || attr(element, 'data-initialvalue');
      if (value) return value;
    }
  }
  return '';
}

function readEditView(doc: Document, context: ReadContext): Capture {
  const startDay = editDay(first(doc, S.EDIT_START_DATE));
  const startTime = editTime(first(doc, S.EDIT_START_TIME));
  const endDay = editDay(first(doc, S.EDIT_END_DATE)) || startDay;
  const endTime = editTime(first(doc, S.EDIT_END_TIME));
  const start = startDay && startTime ? parseWhen(`${startDay} ${startTime}`, context).start : null;
  const end = start && endDay && endTime ? parseWhen(`${endDay} ${endTime}`, context).start : null;
  const titleInput = first(doc, S.EDIT_TITLE);
  const location = editLocation(doc) || meetingLinkIn(firstText(doc, S.EDIT_DESCRIPTION, LIMITS.notes));
  const people = queryAllOf(doc, S.EDIT_GUESTS, 300).map((element) => person(guest(element)));
  const title = inputValue(titleInput) || attr(titleInput, 'data-initial-value', LIMITS.title);
  return finish('google-calendar', people, { event: event({ title, start, end, location }) });
}

/**
 * A Google Calendar event: the popup over the grid, the full-page event view
 * and the full-screen edit view. Guests come with their e-mail addresses from
 * `data-email`; the organizer is the guest whose label says so.
 */
export function readGoogleCalendar(doc: Document, pageUrl: string, options?: ReadOptions): Capture {
  const context = readContext(doc, options);
  const details = first(doc, S.DETAILS) ?? (first(doc, S.FULL_VIEW) ? doc : null);
  return withAccount(details ? readDetails(details, pageUrl, context) : readEditView(doc, context), signedInAccount(doc, S.ACCOUNT));
}

export const site: Site = {
  source: 'google-calendar',
  // The app lives under /calendar/; /calendar/ical/ serves feeds, not pages.
  detect: (url) => isHttp(url) && url.hostname.toLowerCase() === 'calendar.google.com' && /^\/calendar\/(?!ical\/)/i.test(url.pathname),
  read: readGoogleCalendar,
};

export const examples = [
  'https://calendar.google.com/calendar/u/0/r/week',
  'https://calendar.google.com/calendar/r/eventedit/NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/u/1/r/event?eid=NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/r/day/2025/10/7',
];
