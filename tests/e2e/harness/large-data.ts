/** The benchmark's large data set (a year of data), filled in through the test build's benchmark page with the generator the benchmark uses. */
import type { ExtBrowser } from './types.ts';

export const LARGE = { interviews: 1_000, contacts: 5_000, tidbits: 10_000, touchpoints: 20_000 };

/** Seeds LARGE and returns how many records of each kind were written. */
export async function seedLarge(ext: ExtBrowser): Promise<{ interviews: number; tidbits: number }> {
  const bench = await ext.openExtensionPage('bench/bench.html');
  await bench.waitForFunction(() => document.title === 'ready');
  const counts = await bench.evaluate(
    (sizes) => (globalThis as unknown as { afterviewBench: { seed(s: unknown): Promise<{ interviews: number; tidbits: number }> } }).afterviewBench.seed(sizes),
    LARGE,
  );
  await bench.close();
  return counts;
}
