/** The popup's view of the interviews: the latest few and the latest open one (see recentInterviews). */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { recentInterviews, type RecentInterviews } from '../db/interviews.ts';
import { db } from '../db/open.ts';
import type { Loaded } from './use-interviews.ts';

/*
 * Data hooks start their reads in a layout effect, right after the render,
 * rather than in an effect, which Preact defers to the next animation frame:
 * chained reads (interviews, then the focused one's people) would each wait
 * a frame, or up to 100 ms where frames are throttled.
 */
export function useRecentInterviews(limit: number): Loaded<RecentInterviews> {
  const [value, setValue] = useState<RecentInterviews | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    let live = true;
    db()
      .then((d) => recentInterviews(d, limit))
      .then(
        (result) => live && (setValue(result), setError(null)),
        (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    return () => {
      live = false;
    };
  }, [version, limit]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, error, reload };
}
