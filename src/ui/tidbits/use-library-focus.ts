import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { FocusRequest } from './use-library-actions.ts';

/**
 * Focuses the first target of `request` that is on screen (a tidbit, or its
 * Edit button), else the heading, after the render that shows it.
 */
export function useFocusRequests(root: RefObject<HTMLElement | null>, headingId: string, request: FocusRequest, done: () => void): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per request; the ref and ids are read when it comes.
  useLayoutEffect(() => {
    if (!request) return;
    done();
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[data-tidbit]') ?? [])];
    for (const { id, part } of request) {
      const item = items.find((el) => el.dataset.tidbit === id);
      const target = part === 'edit' ? item?.querySelector<HTMLElement>('[data-action="edit-tidbit"]') : item;
      if (target) return target.focus();
    }
    const heading = document.getElementById(headingId);
    // A heading given by the page may not be focusable yet; it only needs to be by script.
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [request]);
}

/** Ctrl+Z (⌘Z) undoes from anywhere in the library but a text field, where it undoes the typing. */
export function undoShortcut(undo: (() => unknown) | undefined) {
  return (e: KeyboardEvent) => {
    if (!undo || e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || isTextField(e.target)) return;
    e.preventDefault();
    void undo();
  };
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}
