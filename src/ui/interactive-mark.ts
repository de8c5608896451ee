/**
 * Marks moments the benchmark measures, once each: when a page shows its real
 * content (not a loading line), and when the popup's tidbit list is there.
 * They cost nothing otherwise.
 */
export const INTERACTIVE_MARK = 'afterview:interactive';
export const TIDBITS_SHOWN_MARK = 'afterview:tidbits-shown';

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

export function markInteractive(): void {
  markOnce(INTERACTIVE_MARK);
}
