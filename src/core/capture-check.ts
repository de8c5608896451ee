/**
 * Re-checks a Capture at the boundary where it enters the extension. The
 * readers already clean what they read, but the result crosses from a web
 * page's process, so its shape and bounds are verified again here rather than
 * trusted: anything malformed becomes null, never an exception.
 */
import type { Capture, CaptureKind, CapturedCompany, CapturedEvent, CapturedPerson } from '../capture/types.ts';
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from './text.ts';

const KINDS: readonly CaptureKind[] = ['linkedin-profile', 'linkedin-company', 'google-calendar', 'outlook-calendar', 'ics', 'generic', 'none'];
const MAX_PEOPLE = 100;

const text = (value: unknown, max: number) => cleanLine(value, max) || null;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function instant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function person(value: unknown): CapturedPerson | null {
  if (!isObject(value)) return null;
  const result: CapturedPerson = {
    name: text(value.name, LIMITS.name),
    title: text(value.title, LIMITS.title),
    company: text(value.company, LIMITS.company),
    email: cleanEmail(value.email) || null,
    profileUrl: cleanHttpUrl(value.profileUrl) || null,
    role: value.role === 'organizer' || value.role === 'attendee' ? value.role : null,
  };
  return result.name || result.email || result.profileUrl ? result : null;
}

function company(value: unknown): CapturedCompany | null {
  if (!isObject(value)) return null;
  const result: CapturedCompany = {
    name: text(value.name, LIMITS.company),
    industry: text(value.industry, LIMITS.line),
    location: text(value.location, LIMITS.line),
    url: cleanHttpUrl(value.url) || null,
  };
  return result.name ? result : null;
}

function event(value: unknown): CapturedEvent | null {
  if (!isObject(value)) return null;
  const result: CapturedEvent = {
    title: text(value.title, LIMITS.title),
    start: instant(value.start),
    end: instant(value.end),
    location: text(value.location, LIMITS.line),
  };
  return result.title || result.start || result.location ? result : null;
}

export function checkCapture(value: unknown): Capture {
  if (!isObject(value) || !KINDS.includes(value.source as CaptureKind)) {
    return { source: 'none', people: [], company: null, event: null };
  }
  const people = Array.isArray(value.people)
    ? value.people
        .slice(0, MAX_PEOPLE * 2)
        .map(person)
        .filter((p): p is CapturedPerson => p !== null)
        .slice(0, MAX_PEOPLE)
    : [];
  const checked: Capture = { source: value.source as CaptureKind, people, company: company(value.company), event: event(value.event) };
  const empty = checked.people.length === 0 && !checked.company && !checked.event;
  return empty ? { source: 'none', people: [], company: null, event: null } : checked;
}
