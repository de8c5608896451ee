/**
 * Due times as the browser's language writes them, as short as they can be
 * while unambiguous: "3:00 PM" later today, "Wed 9:00 AM" within the week,
 * "Tue, Jun 16, 9:00 AM" further off.
 */
import { uiLanguage } from '../i18n.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

export function whenText(instant: number, now: number): string {
  const options: Intl.DateTimeFormatOptions = sameLocalDay(instant, now)
    ? { hour: 'numeric', minute: '2-digit' }
    : instant - now < WEEK_MS - 24 * 60 * 60 * 1000 && instant > now
      ? { weekday: 'short', hour: 'numeric', minute: '2-digit' }
      : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(uiLanguage(), options).format(instant);
}

/** A day without its time, for "Next: … on Tue, Jun 9". */
export function dayText(instant: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
}
