// Moments the benchmark measures, marked once each: a page's real content (not a loading line) and the popup's tidbit list. They cost nothing otherwise.
const INTERACTIVE_MARK = 'afterview:interactive';
export const TIDBITS_SHOWN_MARK = 'afterview:tidbits-shown';

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

export function markInteractive(): void {
  markOnce(INTERACTIVE_MARK);
}
