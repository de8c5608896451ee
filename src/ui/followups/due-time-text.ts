import { DAY_MS, formatLocalDate } from '../../core/local-time.ts';
import { formatDayTime } from '../format.ts';
import { uiLanguage } from '../../i18n.ts';

/** A weekday alone names the day only while it cannot be mistaken for today's weekday a week on. */
const WEEKDAY_ENOUGH_MS = 6 * DAY_MS;

const format = (instant: number, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(uiLanguage(), options).format(instant);

/** As short as it can be while unambiguous: "3:00 PM" later today, "Wed 9:00 AM" within the week, "Tue, Jun 16, 9:00 AM" further off. */
export function whenText(instant: number, now: number): string {
  if (formatLocalDate(instant) === formatLocalDate(now)) return format(instant, { hour: 'numeric', minute: '2-digit' });
  if (instant > now && instant - now < WEEKDAY_ENOUGH_MS) return format(instant, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  return formatDayTime(instant);
}
