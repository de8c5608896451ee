import type { Touch } from '../types.ts';
import { escapeText, foldLine, utcStamp } from './ics-text.ts';
import { byDueThenId, isPending } from './touch-state.ts';

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: number;
  /** The event title, e.g. "Thank Jane Doe (Acme)". */
  summaryOf: (touch: Touch) => string;
  /** Optional longer text for the event. */
  descriptionOf?: (touch: Touch) => string;
  /** How long each event blocks in the calendar; 15 minutes unless told. */
  durationMinutes?: number;
}

const ICS_PRODID = '-//Afterview//Follow-ups//EN';
const UID_DOMAIN = 'afterview';
const DEFAULT_MINUTES = 15;

/**
 * The unsent follow-ups as an iCalendar file, so they can sit in the user's own
 * calendar beside the interviews. Display strings come from the caller (already
 * translated), which keeps this module free of any language. Each event's UID is
 * derived from its touchpoint id, so importing an updated export moves events
 * instead of duplicating them.
 */
export function touchpointsToIcs(touchpoints: readonly Touch[], options: IcsOptions): string {
  const minutes = Math.max(1, options.durationMinutes ?? DEFAULT_MINUTES);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const events = touchpoints.filter(isPending).sort(byDueThenId);
  for (const touch of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(touch.id)}@${UID_DOMAIN}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART:${utcStamp(touch.dueAt)}`,
      `DTEND:${utcStamp(touch.dueAt + minutes * 60_000)}`,
      `SUMMARY:${escapeText(options.summaryOf(touch))}`,
    );
    const description = options.descriptionOf?.(touch);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
