/**
 * How a site's volatile selectors are written down: each with when and where
 * it was last seen, so the next person to find one broken knows how old the
 * knowledge is. Lists are tried in order: structured data first, stable ids /
 * data-* / aria-* next, class names last. The kind is not stored: a format
 * test derives it from the CSS itself and checks that order, so a list cannot
 * claim an order it does not have (and the injected script stays smaller).
 */

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
