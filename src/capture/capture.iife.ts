/**
 * Injected into the active tab with `scripting.executeScript({ files })`, in
 * the extension's isolated world (the page cannot see or call it). A file's
 * completion value is lost in the bundle's wrapper, so the script only defines
 * `afterviewReadPage`; the popup calls it with a second executeScript and gets
 * plain JSON back. It writes nothing to the page and leaves nothing running:
 * no listeners, no timers, no observers.
 */
import { readPage } from './read-page.ts';
import type { Capture } from '../core/capture/types.ts';

declare global {
  // Typed `unknown` as the popup declares it too: what crosses back is re-checked there.
  // `var` is how a global is declared in TypeScript (`let` would not be on globalThis).
  var afterviewReadPage: (() => unknown) | undefined;
}

globalThis.afterviewReadPage = (): Capture => JSON.parse(JSON.stringify(readPage(document, location.href))) as Capture;
