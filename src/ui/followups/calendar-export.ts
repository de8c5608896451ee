// Made in the page and handed to the browser's own download (src/ui/download.ts) by CalendarExport: nothing leaves the browser.
import { touchpointsToIcs } from '../../core/cadence/ics.ts';
import type { DueEntry } from '../../db/due-entries.ts';
import { calendarTitle } from './touch-words.ts';

export const ICS_FILE_NAME = 'afterview-follow-ups.ics';

export function followUpsIcs(entries: readonly DueEntry[], now: number): string {
  const byId = new Map(entries.map((e) => [e.touch.id, e]));
  return touchpointsToIcs(
    entries.map((e) => e.touch),
    {
      now,
      summaryOf: (touch) => {
        const entry = byId.get(touch.id);
        return entry ? calendarTitle(entry) : '';
      },
    },
  );
}
