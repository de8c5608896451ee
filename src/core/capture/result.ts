// Every reader builds its answer here, so every field is cleaned and bounded the same way
// (core/text.ts), people are de-duplicated, and "found nothing" always has one shape.
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS, trimChars } from '../text.ts';
import { NOTHING_FOUND, type Capture, type CaptureKind, type CapturedCompany, type CapturedEvent, type CapturedPerson } from './capture.ts';

/** No real invitation or page lists more people than this; a hostile one may. */
export const MAX_PEOPLE = 100;

export interface RawPerson {
  name?: unknown;
  title?: unknown;
  company?: unknown;
  email?: unknown;
  profileUrl?: unknown;
  role?: CapturedPerson['role'];
}

const orNull = (text: string): string | null => text || null;

/** Text that is nothing but an e-mail address is not a name. */
function cleanName(value: unknown): string | null {
  // cleanLine has folded white space to single spaces.
  const name = trimChars(cleanLine(value, LIMITS.name), `"' `, true);
  if (!name || cleanEmail(name)) return null;
  return name;
}

/** The person as the Capture carries them, or null when nothing identifies them (or there was no one). */
export function person(raw: RawPerson | null | undefined): CapturedPerson | null {
  if (!raw) return null;
  const result: CapturedPerson = {
    name: cleanName(raw.name),
    title: orNull(cleanLine(raw.title, LIMITS.title)),
    company: orNull(cleanLine(raw.company, LIMITS.company)),
    email: orNull(cleanEmail(raw.email)),
    profileUrl: orNull(cleanHttpUrl(raw.profileUrl)),
    role: raw.role ?? null,
  };
  return result.name || result.email || result.profileUrl ? result : null;
}

export function company(raw: { name?: unknown; industry?: unknown; location?: unknown; url?: unknown }): CapturedCompany | null {
  const result: CapturedCompany = {
    name: orNull(cleanLine(raw.name, LIMITS.company)),
    industry: orNull(cleanLine(raw.industry, LIMITS.line)),
    location: orNull(cleanLine(raw.location, LIMITS.line)),
    url: orNull(cleanHttpUrl(raw.url)),
  };
  return result.name ? result : null;
}

export function event(raw: { title?: unknown; start?: string | null; end?: string | null; location?: unknown }): CapturedEvent | null {
  const result: CapturedEvent = {
    title: orNull(cleanLine(raw.title, LIMITS.title)),
    start: raw.start ?? null,
    // An end must follow the start. Readers give instants as toIsoUtc writes them, whose text order (four-digit years) is time order.
    end: raw.start && raw.end && raw.end > raw.start ? raw.end : null,
    location: orNull(cleanLine(raw.location, LIMITS.line)),
  };
  return result.title || result.start || result.location ? result : null;
}

/**
 * One entry per person: the same e-mail (or, without one, the same profile URL)
 * listed twice is merged, an organizer role wins over attendee, and the first
 * name seen is kept.
 */
function dedupePeople(people: readonly (CapturedPerson | null)[]): CapturedPerson[] {
  const merged: CapturedPerson[] = [];
  const byKey = new Map<string, CapturedPerson>();
  for (const entry of people) {
    if (!entry) continue;
    const key = entry.email ? `e:${entry.email}` : entry.profileUrl ? `u:${entry.profileUrl}` : null;
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      existing.name ??= entry.name;
      existing.title ??= entry.title;
      existing.company ??= entry.company;
      existing.profileUrl ??= entry.profileUrl;
      if (entry.role === 'organizer' || !existing.role) existing.role = entry.role ?? existing.role;
      continue;
    }
    if (merged.length >= MAX_PEOPLE) break;
    const copy = { ...entry };
    merged.push(copy);
    if (key) byKey.set(key, copy);
  }
  return merged;
}

/** The reader's answer, or NOTHING_FOUND when it found neither people, company nor event. */
export function finish(
  source: Exclude<CaptureKind, 'none'>,
  people: readonly (CapturedPerson | null)[],
  found: { company?: CapturedCompany | null; event?: CapturedEvent | null } = {},
): Capture {
  const list = dedupePeople(people);
  const companyFound = found.company ?? null;
  const eventFound = found.event ?? null;
  if (list.length === 0 && !companyFound && !eventFound) return nothingFound();
  return { source, people: list, company: companyFound, event: eventFound };
}

/** A capture with the page's signed-in address (already checked), when it has one; a page showing only that found nothing. */
export function withAccount(capture: Capture, account: string): Capture {
  return account && capture.source !== 'none' ? { ...capture, account } : capture;
}

/** A fresh copy, so no caller can alter the shared constant. */
export function nothingFound(): Capture {
  return { ...NOTHING_FOUND, people: [] };
}
