import { zoneOrRuntime } from './zoned-time.ts';

/**
 * What a reader may need besides the page: the zone calendar times are shown
 * in and the current time (for dates shown without a year). Both default to
 * the running browser's, which is what the calendar displays in; tests and the
 * extract command pass them explicitly so results never depend on the machine.
 */
export interface ReadOptions {
  /** IANA zone the page shows times in. */
  timeZone?: string;
  /** Epoch milliseconds taken as "now". */
  now?: number;
}

export interface ReadContext {
  timeZone: string;
  now: number;
  /** The page's language tag, e.g. `de-DE`, used for month names. */
  lang: string;
}

export function readContext(doc: Document, options: ReadOptions = {}): ReadContext {
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  let lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().slice(0, 35);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) lang = 'en';
  return { timeZone: zoneOrRuntime(options.timeZone), now, lang };
}
