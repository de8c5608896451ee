// Injected with `scripting.executeScript({ files })` into the isolated world. A file's completion
// value is lost in the bundle's wrapper, so this only defines `afterviewReadPage`, which the popup
// calls with a second executeScript. It writes nothing to the page and leaves nothing running.
import { readPage } from './read-page.ts';
import type { Capture } from '../core/capture/capture.ts';

declare global {
  // Typed `unknown` as the popup declares it too: what crosses back is re-checked there.
  // `var` is how a global is declared in TypeScript (`let` would not be on globalThis).
  var afterviewReadPage: (() => unknown) | undefined;
}

globalThis.afterviewReadPage = (): Capture => JSON.parse(JSON.stringify(readPage(document, location.href))) as Capture;
