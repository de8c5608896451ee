/** What a list shows when there is nothing in it yet: what to do next, not a blank. */
import type { ComponentChildren } from 'preact';
import { CONTENT_TIMING } from '../interactive-mark.ts';

export function EmptyState({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="empty-state" aria-label={title}>
      <h2 elementtiming={CONTENT_TIMING}>{title}</h2>
      {children}
    </section>
  );
}
