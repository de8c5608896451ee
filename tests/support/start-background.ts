import { expect, vi } from 'vitest';

/**
 * Loads the background, which registers its listeners on the current stubbed browser, lets its wake-up refresh finish
 * (the start-up re-plan's START_DELAY_MS wait included, on fake timers) and returns the refresh of that same module graph.
 */
export async function startBackground() {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  await import('../../src/background/index.ts');
  const { refresh, START_DELAY_MS } = await import('../../src/background/refresh.ts');
  let woken = false;
  void refresh({ replan: false }).then(() => {
    woken = true;
  });
  await vi.waitFor(async () => {
    await vi.advanceTimersByTimeAsync(START_DELAY_MS);
    expect(woken).toBe(true);
  });
  vi.useRealTimers();
  return refresh;
}
