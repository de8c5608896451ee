import { isKnownZone, isValidWallTime, wallTimeAsUtc, zonedToEpoch, type WallTime } from '../../zoned-time.ts';
import type { Component, Property } from './content-lines.ts';
import { parseCompactDateTime, vtimezoneOffset } from './vtimezone.ts';
import { ianaForWindowsZone } from './windows-zones.ts';

export type ZoneTable = Map<string, Component>;

/** IANA zones also come prefixed ("/mozilla.org/20050126_1/Europe/Berlin"); the tail is the name. */
function ianaName(tzid: string): string | null {
  if (isKnownZone(tzid) && /\/|^(UTC|GMT|Etc\/)/i.test(tzid)) return tzid;
  const parts = tzid.split('/').filter(Boolean);
  for (let take = 3; take >= 2; take--) {
    const tail = parts.slice(-take).join('/');
    if (parts.length >= take && isKnownZone(tail)) return tail;
  }
  return null;
}

function displayNameOffset(tzid: string): number | null {
  const match = /^\(?(?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?\)?/i.exec(tzid);
  if (!match) return /^\(?(UTC|GMT)\)?(\s|$)/i.test(tzid) ? 0 : null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function epochIn(tzid: string, time: WallTime, zones: ZoneTable, floatingZone: string): number | null {
  const iana = ianaName(tzid) ?? ianaForWindowsZone(tzid);
  if (iana) return zonedToEpoch(time, iana);
  const own = zones.get(tzid);
  const offset = (own ? vtimezoneOffset(own, time) : null) ?? displayNameOffset(tzid);
  if (offset !== null) return wallTimeAsUtc(time) - offset * 60_000;
  return zonedToEpoch(time, floatingZone);
}

/**
 * DTSTART/DTEND values as instants. A `Z` value is UTC; a TZID is resolved as
 * an IANA name, then a Windows name, then by the file's own VTIMEZONE, then a
 * "(UTC+01:00) …" display name; a value with neither is floating and read in
 * the zone the caller names (the user's). A date without a time (an all-day
 * event) starts at midnight in that zone.
 */
export function icsInstant(property: Property | undefined, zones: ZoneTable, floatingZone: string): number | null {
  if (!property) return null;
  const value = property.value.trim();
  const time = parseCompactDateTime(value);
  // Checked here, once for every path: a UTC or fixed-offset value never passes through zonedToEpoch's check.
  if (!time || !/^\d{8}(T\d{4,6}Z?)?$/i.test(value) || !isValidWallTime(time)) return null;
  if (/Z$/i.test(value)) return wallTimeAsUtc(time);
  const tzid = (property.params.TZID ?? '').replace(/^"|"$/g, '').trim();
  return tzid ? epochIn(tzid, time, zones, floatingZone) : zonedToEpoch(time, floatingZone);
}

/** An RFC 5545 DURATION ("PT1H30M", "P1D", "-PT15M") in milliseconds, or null. */
export function durationMs(value: string | undefined): number | null {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec((value ?? '').trim());
  if (!match || value?.trim().match(/^[+-]?PT?$/i)) return null;
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  const ms = ((((+(weeks ?? 0) * 7 + +(days ?? 0)) * 24 + +(hours ?? 0)) * 60 + +(minutes ?? 0)) * 60 + +(seconds ?? 0)) * 1000;
  return sign === '-' ? -ms : ms;
}
