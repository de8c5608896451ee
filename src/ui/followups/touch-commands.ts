import browser from 'webextension-polyfill';
import { composerUrl } from '../../page-urls.ts';
import { skipTouch, snoozeTouch, type SnoozeChoice } from '../../core/cadence/touch-actions.ts';
import type { Id, Touch } from '../../core/types.ts';
import { openDb } from '../use-loaded.ts';

/**
 * The touch after the change, or null when it no longer exists or is no
 * longer pending. Read and written in one transaction, so a touch sent from
 * the composer a moment ago is not snoozed back to life; then the background
 * is told, and it re-plans the interview (the touches after a snoozed or
 * skipped one move with it), re-sets the one alarm and the badge.
 */
async function changeTouch(id: Id, change: (touch: Touch) => Touch): Promise<Touch | null> {
  const { write } = await import('../db-code.ts');
  return write(
    ['touchpoints'],
    async (d) => {
      const tx = d.transaction('touchpoints', 'readwrite');
      const current = await tx.store.get(id);
      const next = current ? change(current) : null;
      // The core actions return a sent or skipped touch unchanged: nothing to write then.
      const changed = next !== null && next !== current;
      if (changed) await tx.store.put(next);
      await tx.done;
      return changed ? next : null;
    },
    (next) => (next ? [next.interviewId] : false),
  );
}

export async function snoozeDueTouch(id: Id, choice: SnoozeChoice, now: number): Promise<Touch | null> {
  const [{ getSettings }, d] = await Promise.all([import('../db-code.ts'), openDb()]);
  const settings = await getSettings(d);
  return changeTouch(id, (touch) => snoozeTouch(touch, choice, now, settings));
}

export function skipDueTouch(id: Id): Promise<Touch | null> {
  return changeTouch(id, skipTouch);
}

/** Undoes a skip: the touch as it was before, while it is still the skipped one (nothing else changed it). */
export function unskipDueTouch(before: Touch): Promise<Touch | null> {
  return changeTouch(before.id, (touch) => (touch.status === 'skipped' && touch.dueAt === before.dueAt ? before : touch));
}

/** Opens the composer's own page on the touch; the popup then closes, as a popup does when a tab opens. */
export async function openComposerTab(touch: Pick<Touch, 'id' | 'interviewId'>, closeWindow: boolean): Promise<void> {
  await browser.tabs.create({ url: composerUrl(touch.interviewId, touch.id) });
  if (closeWindow) window.close();
}
