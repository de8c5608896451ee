import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Db } from '../db/open.ts';
import { errorMessage } from '../messages/protocol.ts';

let opener: Promise<() => Promise<Db>> | null = null;

/**
 * The database for a page's reads, opened on the first: idb, the schema and the
 * migrations load then, not with the page's first chunk (the popup paints from
 * its snapshot meanwhile). A page that writes no tidbits (the popup) is given
 * how to load the tokeniser, which only an upgrade that stores their terms
 * needs (db/migrations.ts), before anything opens the database through here.
 */
export async function openDb(): Promise<Db> {
  opener ??= loadOpener();
  return (await opener)();
}

// Each module apart and destructured, so the bundle keeps of them only what is used here (not with Promise.all).
async function loadOpener(): Promise<() => Promise<Db>> {
  const { db } = await import('../db/open.ts');
  const { provideTokeniserLoader } = await import('../db/migrations.ts');
  provideTokeniserLoader(() => import('../core/tidbits/terms.ts'));
  return db;
}

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  /**
   * False from a reload() or a change of deps until its read is in: `value`
   * is then the previous one, still shown, but not to be passed on as a seed.
   */
  current: boolean;
  reload: () => void;
}

interface State<T> {
  value: T | null;
  error: string | null;
  /** The version and deps that `value` and `error` were read for. */
  readFor: readonly unknown[] | null;
}

const sameList = (a: readonly unknown[] | null, b: readonly unknown[]) => a !== null && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Reads something from the database for a component, and again on reload().
 * The read starts in a layout effect, right after the render, rather than in
 * an effect, which Preact defers to the next animation frame: chained reads
 * (interviews, then the focused one's people) would each wait a frame, or up
 * to 100 ms where frames are throttled. A stale read never overwrites a newer.
 *
 * `seed` is a value for the current `deps` that another read has just brought
 * (the popup's first read brings the first interview's people): a seed not
 * seen before is shown instead of read again. reload(), and coming back to
 * deps whose seed was already shown, read: the seed may be older by then.
 *
 * `read` null: nothing to read (the data comes from elsewhere); `value` stays null.
 * `read` is given the database (openDb).
 */
export function useLoaded<T>(read: ((d: Db) => Promise<T>) | null, deps: readonly unknown[] = [], seed?: T): Loaded<T> {
  const [state, setState] = useState<State<T>>({ value: null, error: null, readFor: null });
  const [version, setVersion] = useState(0);
  const lastSeed = useRef<T | undefined>(undefined);
  const key = [version, ...deps];
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps say when to read again; `read` may be a new closure each render.
  useLayoutEffect(() => {
    if (seed !== undefined && seed !== lastSeed.current) {
      lastSeed.current = seed;
      setState({ value: seed, error: null, readFor: key });
      return;
    }
    if (!read) return;
    let live = true;
    openDb()
      .then(read)
      .then(
        (result) => live && setState({ value: result, error: null, readFor: key }),
        (failure: unknown) => live && setState((s) => ({ ...s, error: errorMessage(failure), readFor: key })),
      );
    return () => {
      live = false;
    };
    // `read` is recreated on every render; what it reads is named by `deps`.
  }, [version, seed, ...deps]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value: state.value, error: state.error, current: sameList(state.readFor, key), reload };
}
