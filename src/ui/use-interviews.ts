/** Loads the interviews and reloads them on demand. */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { Interview } from '../core/types.ts';
import { listInterviews } from '../db/interviews.ts';
import { db } from '../db/open.ts';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  reload: () => void;
}

export function useInterviews(): Loaded<Interview[]> {
  const [value, setValue] = useState<Interview[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    let live = true;
    db()
      .then(listInterviews)
      .then(
        (list) => live && (setValue(list), setError(null)),
        (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, error, reload };
}
