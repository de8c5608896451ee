/** A day as short as it can be read: "4 Mar", with the year only when it is not this year's. */
import { uiLanguage } from '../../i18n.ts';

export function formatShortDay(instant: number, now: number): string {
  const sameYear = new Date(instant).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(instant);
}
