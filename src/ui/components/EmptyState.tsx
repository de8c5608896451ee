/** What a list shows when there is nothing in it yet: what to do next, not a blank. */
import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
