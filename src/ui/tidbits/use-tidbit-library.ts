import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Id, Tidbit } from '../../core/types.ts';
import { listInterviews } from '../../db/interviews.ts';
import { db } from '../../db/open.ts';
import { FIRST_PAGE, loadFirstPage, loadInterviewTidbits, loadWhole, sentToOf, takeEarlyFirstPage, type LibraryData } from './library-read.ts';
import { markOnce, TIDBITS_SHOWN_MARK } from '../interactive-mark.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { patchTidbits } from './library-view.ts';
import { errorMessage } from '../../messages/protocol.ts';

export type LibraryLoad = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; data: LibraryData };

/**
 * After the browser has painted what was just rendered: the next read's work
 * must not hold that paint back. A tab in the background paints no frames, so
 * it waits a tenth of a second at most.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Reloaded whenever the background reports a tidbit saved from the context menu, so an open page shows it at once. */
export function useTidbitLibrary(interviewId: Id | null, firstPage = 0) {
  const [load, setLoad] = useState<LibraryLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // Read by the effect: the first page is for a screen that shows nothing yet, not for each reload.
  const waiting = useRef(true);
  waiting.current = load.state === 'loading';
  useEffect(() => {
    let live = true;
    const empty = waiting.current;
    (async () => {
      const d = await db();
      if (interviewId) {
        // The popup: the interview's tidbits first; the interviews the editor can move one to after.
        const first = await loadInterviewTidbits(d, interviewId);
        if (!live) return;
        setLoad((current) => ({ state: 'ready', data: { ...first, interviews: current.state === 'ready' ? current.data.interviews : [] } }));
        markOnce(TIDBITS_SHOWN_MARK);
        const interviews = await listInterviews(d);
        if (live) setLoad((current) => (current.state === 'ready' ? { state: 'ready', data: { ...current.data, interviews } } : current));
        return;
      }
      // The dashboard: while nothing is shown yet, the newest page first, then every tidbit.
      // A reload keeps the list on screen until the new one is there: no flicker, no lost focus.
      if (firstPage > 0 && empty) {
        // Started by the entry module of a dashboard opened at #tidbits, or read now.
        const page = await ((firstPage === FIRST_PAGE ? takeEarlyFirstPage() : null) ?? loadFirstPage(d, firstPage));
        if (!live) return;
        setLoad({ state: 'ready', data: page });
        await afterPaint();
        if (!live) return;
        // Whom they went to, in the line each tidbit keeps for it; the popup reads it with its few tidbits.
        const sentTo = await sentToOf(d, page.tidbits);
        if (!live) return;
        setLoad((current) => (current.state === 'ready' && current.data.sentTo === null ? { state: 'ready', data: { ...current.data, sentTo } } : current));
        await afterPaint();
        if (!live) return;
      }
      const whole = await loadWhole(d);
      if (live) setLoad({ state: 'ready', data: whole });
    })().catch((error: unknown) => live && setLoad({ state: 'failed', error: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [interviewId, version, firstPage]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useBroadcast('tidbitsChanged', reload);

  /** Applies a change this page made to its own copy of the list. */
  const patch = useCallback((change: { remove?: readonly Id[]; put?: readonly Tidbit[] }) => {
    setLoad((current) =>
      current.state === 'ready' ? { state: 'ready', data: { ...current.data, tidbits: patchTidbits(current.data.tidbits, change) } } : current,
    );
  }, []);

  return { load, patch };
}
