import { cleanHttpUrl, trimChars } from '../core/text.ts';

const SERVICES = [
  'meet\\.google\\.com/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}',
  '(?:[\\w-]+\\.)*zoom\\.us/(?:j|w|my|s)/[\\w.?=&%-]+',
  'teams\\.microsoft\\.com/l/meetup-join/[^\\s<>"]+',
  'teams\\.live\\.com/meet/[^\\s<>"]+',
  '(?:[\\w-]+\\.)*webex\\.com/(?:meet|join|[\\w-]+/j\\.php)[^\\s<>"]*',
];
const MEETING_LINK = new RegExp(`https://(?:${SERVICES.join('|')})`, 'i');

/** The first Meet, Zoom, Teams or Webex link in the text, or '': an interview held on a call has no room, so this is its location. */
export function meetingLinkIn(text: string): string {
  // Bounded: descriptions can be long, and the link is near the top when present.
  const match = MEETING_LINK.exec(text.length > 50_000 ? text.slice(0, 50_000) : text);
  return match ? cleanHttpUrl(trimChars(match[0], ').,;>]')) : '';
}
