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
