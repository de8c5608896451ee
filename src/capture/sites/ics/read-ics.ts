import { cleanBlock, cleanEmail, LIMITS } from '../../../core/text.ts';
import { meetingLinkIn } from '../../meeting-link.ts';
import { event, finish, nothingFound, person } from '../../../core/capture/result.ts';
import type { Capture, CapturedPerson } from '../../../core/capture/capture.ts';
import { toIsoUtc, zoneOrRuntime } from '../../zoned-time.ts';
import { findAll, parseCalendar, prop, unescapeText, type Component, type Property } from './content-lines.ts';
import { isNoReply, isSystemName, nameFromCn } from './ics-people.ts';
import { durationMs, icsInstant, type ZoneTable } from './ics-time.ts';

export interface IcsOptions {
  /** The zone floating times are read in; the user's own by default. */
  timeZone?: string;
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

function text(component: Component, name: string): string {
  const value = prop(component, name)?.value;
  return value ? unescapeText(value) : '';
}

function participant(property: Property, role: 'organizer' | 'attendee'): CapturedPerson | null {
  if (NOT_PEOPLE.has((property.params.CUTYPE ?? '').toUpperCase())) return null;
  // cleanEmail drops the `mailto:` (in any case) the value starts with.
  const email = cleanEmail(property.value);
  const name = nameFromCn(property.params.CN);
  if (email && isNoReply(email)) {
    // A system sent this; keep the person behind it only if the CN names one.
    return name && !isSystemName(name) ? person({ name, role }) : null;
  }
  return person({ name, email, role });
}

function location(vevent: Component): string {
  const written = text(vevent, 'LOCATION').trim();
  if (written) return written;
  const conference = prop(vevent, 'X-GOOGLE-CONFERENCE')?.value ?? prop(vevent, 'X-MICROSOFT-SKYPETEAMSMEETINGURL')?.value ?? '';
  return meetingLinkIn(conference) || conference.trim() || meetingLinkIn(cleanBlock(text(vevent, 'DESCRIPTION'), LIMITS.notes));
}

/**
 * An .ics invitation (Google, Exchange/Outlook, applicant tracking systems)
 * as a Capture: the first event's title, times, location (or its video-call
 * link when the location is empty) and the people it names. Only properties
 * of the VEVENT itself count: an ATTENDEE inside a VALARM is who gets the
 * reminder, not a guest.
 */
export function readIcs(input: string, options: IcsOptions = {}): Capture {
  if (typeof input !== 'string' || !/BEGIN:VEVENT/i.test(input)) return nothingFound();
  const calendar = parseCalendar(input);
  const vevent = findAll(calendar, 'VEVENT')[0];
  if (!vevent) return nothingFound();

  const zones: ZoneTable = new Map();
  for (const zone of findAll(calendar, 'VTIMEZONE')) {
    const id = prop(zone, 'TZID')?.value.trim();
    if (id && !zones.has(id)) zones.set(id, zone);
  }
  const floating = zoneOrRuntime(options.timeZone);
  const start = icsInstant(prop(vevent, 'DTSTART'), zones, floating);
  let end = icsInstant(prop(vevent, 'DTEND'), zones, floating);
  const duration = durationMs(prop(vevent, 'DURATION')?.value);
  if (end === null && start !== null && duration !== null) end = start + duration;

  const people: (CapturedPerson | null)[] = [];
  for (const property of vevent.properties) {
    if (property.name === 'ORGANIZER') people.unshift(participant(property, 'organizer'));
    // Exchange lists the meeting's chair among the attendees as well.
    else if (property.name === 'ATTENDEE') people.push(participant(property, property.params.ROLE?.toUpperCase() === 'CHAIR' ? 'organizer' : 'attendee'));
  }

  return finish('ics', people, {
    event: event({
      title: text(vevent, 'SUMMARY'),
      start: toIsoUtc(start),
      end: toIsoUtc(end),
      location: location(vevent),
    }),
  });
}
