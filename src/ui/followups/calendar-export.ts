/**
 * The pending follow-ups as an .ics file the user can open in their own
 * calendar. The file is made in the page and handed to the browser's download
 * through a link: nothing leaves the browser, and no download permission is
 * needed.
 */
import { touchpointsToIcs } from '../../core/cadence/ics.ts';
import { saveFile } from '../download.ts';
import type { DueEntry } from './load-due.ts';
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

/** Saves `text` as a file through the browser's own download (see src/ui/download.ts). */
export function downloadText(fileName: string, text: string, type: string): void {
  saveFile(text, fileName, type);
}
