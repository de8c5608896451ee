import { company, event, finish, MAX_PEOPLE, nothingFound, person, withAccount } from './result.ts';
import { cleanEmail, isPlainObject } from '../text.ts';
import type { Capture, CapturedPerson, CaptureKind } from './capture.ts';
import { CAPTURE_SOURCES } from '../types.ts';

function instant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

const role = (value: unknown): CapturedPerson['role'] => (value === 'organizer' || value === 'attendee' ? value : null);

/**
 * Re-checks a Capture at the boundary where it enters the extension. The
 * readers already clean what they read, but the result crosses from a web
 * page's process, so its shape and bounds are verified again here rather than
 * trusted: the builders the readers use clean and bound every field again, a
 * malformed field becomes null and a malformed capture "nothing found", never
 * an exception.
 */
export function checkCapture(value: unknown): Capture {
  if (!isPlainObject(value) || !(CAPTURE_SOURCES as readonly unknown[]).includes(value.source) || value.source === 'manual') return nothingFound();
  const people = Array.isArray(value.people)
    ? value.people.slice(0, MAX_PEOPLE * 2).map((p) => (isPlainObject(p) ? person({ ...p, role: role(p.role) }) : null))
    : [];
  const found = {
    company: isPlainObject(value.company) ? company(value.company) : null,
    event: isPlainObject(value.event)
      ? event({ title: value.event.title, start: instant(value.event.start), end: instant(value.event.end), location: value.event.location })
      : null,
  };
  return withAccount(finish(value.source as Exclude<CaptureKind, 'none'>, people, found), cleanEmail(value.account));
}
