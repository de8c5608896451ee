/**
 * Talks to Afterview's background from inside one of its pages, with the same
 * message a page sends (or, with the `e2e→background` direction, a test
 * build's hook: src/background/e2e-hooks.ts), and returns its reply.
 */
import type { Evaluator } from './page-db.ts';

export type Direction = 'ui→background' | 'e2e→background';

export function messageBackground<R>(page: Evaluator, name: string, request: unknown, direction: Direction = 'ui→background'): Promise<R> {
  return page.evaluate(
    (message) => {
      const api = globalThis.browser ?? globalThis.chrome!;
      return api.runtime.sendMessage(message) as Promise<R>;
    },
    { direction, name, request },
  );
}

/**
 * Whether the background's start-up re-plan (which waits a few seconds after a start, then opens the database) has run in this
 * browser session, polled for up to ten seconds from inside the page: a test that deletes or replaces the database must not race it.
 */
export function startUpReplanned(page: Evaluator): Promise<boolean> {
  return page.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome!;
    const session = (api.storage as unknown as { session: { get(key: string): Promise<Record<string, unknown>> } }).session;
    for (let tries = 0; tries < 100; tries += 1) {
      if ((await session.get('afterview-replanned'))['afterview-replanned'] === true) return true;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    return false;
  }, undefined);
}
