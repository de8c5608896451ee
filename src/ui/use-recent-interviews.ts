/** The popup's view of the interviews: the latest few and the latest open one (see recentInterviews). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { recentInterviews, type RecentInterviews } from '../db/interviews.ts';
import { db } from '../db/open.ts';
import type { Loaded } from './use-interviews.ts';

export function useRecentInterviews(limit: number): Loaded<RecentInterviews> {
  const [value, setValue] = useState<RecentInterviews | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
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
