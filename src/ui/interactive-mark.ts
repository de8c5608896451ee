/**
 * Marks the moment a page shows its real content (not a loading line), once.
 * The benchmark reads this mark to measure open-to-interactive time; it costs
 * nothing otherwise.
 */
export const INTERACTIVE_MARK = 'afterview:interactive';

export function markInteractive(): void {
  if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
}
