import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Renders a long list a page at a time: the first page at once, the next when
 * the end of the list scrolls into view or "Show more" is pressed. A thousand
 * interview cards would take the page seconds to lay out; forty take nothing.
 * Changing `resetKey` (a new filter) starts again from the first page.
 */
export function useIncremental(total: number, pageSize: number, resetKey: unknown) {
  const [limit, setLimit] = useState(pageSize);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => setLimit(pageSize), [resetKey, pageSize]);
  const showMore = useCallback(() => setLimit((n) => n + pageSize), [pageSize]);
  const shown = Math.min(limit, total);
  useEffect(() => {
    const target = sentinel.current;
    if (!target || shown >= total || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((records) => {
      if (records.some((r) => r.isIntersecting)) showMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown, total, showMore]);
  return { shown, remaining: total - shown, showMore, sentinel };
}
