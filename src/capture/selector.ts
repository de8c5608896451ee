// Each selector carries when and where it was last seen, so whoever finds it broken knows how old the
// knowledge is. Lists go structured data, then ids / data-* / aria-*, then class names; the kind is not
// stored: a format test derives it from the CSS and checks that order (and the injected script stays smaller).

export interface Selector {
  css: string;
  /**
   * `YYYY-MM saved page`: the date of the newest real saved page it matched.
   * `YYYY-MM public code`: when it was read in another public project that
   * reads the site, with no saved page of ours to confirm it yet.
   */
  seen: string;
}

export function sel(css: string, seen: string): Selector {
  return { css, seen };
}

/** @internal exported for its tests */
export type SelectorKind = 'structured' | 'attribute' | 'class';
/** @internal exported for its tests */
export const KIND_ORDER: readonly SelectorKind[] = ['structured', 'attribute', 'class'];

/**
 * What a selector leans on: page metadata, element ids and attributes, or class names (the least stable).
 * @internal exported for its tests
 */
export function kindOf(css: string): SelectorKind {
  const outsideQuotes = css.replace(/"[^"]*"/g, '""');
  if (/^(script|meta|link)\b/.test(outsideQuotes)) return 'structured';
  return /\.[a-z_-]/i.test(outsideQuotes) ? 'class' : 'attribute';
}
