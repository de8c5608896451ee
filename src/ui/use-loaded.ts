/**
 * Reads something from the database for a component, and again on reload().
 * The read starts in a layout effect, right after the render, rather than in
 * an effect, which Preact defers to the next animation frame: chained reads
 * (interviews, then the focused one's people) would each wait a frame, or up
 * to 100 ms where frames are throttled. A stale read never overwrites a newer.
 *
 * `seed` is the value for the first `deps` when another read already brought
 * it (the popup's first read brings the first interview's people): it is shown
 * at once instead of read again, once: later changes of `deps` and reload() read.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { db, type Db } from '../db/open.ts';
import { errorMessage } from '../messages/protocol.ts';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  reload: () => void;
}

export function useLoaded<T>(read: (d: Db) => Promise<T>, deps: readonly unknown[] = [], seed?: T): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const seeded = useRef(false);
  useLayoutEffect(() => {
    if (seed !== undefined && !seeded.current && version === 0) {
      seeded.current = true;
      setValue(() => seed);
      setError(null);
      return;
    }
    let live = true;
    db()
      .then(read)
      .then(
        (result) => live && (setValue(() => result), setError(null)),
        (failure: unknown) => live && setError(errorMessage(failure)),
      );
    return () => {
      live = false;
    };
    // `read` is recreated on every render; what it reads is named by `deps`.
  }, [version, ...deps]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, error, reload };
}
