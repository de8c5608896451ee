/**
 * Inside an extension page the suites call the extension APIs directly. Firefox
 * names them `browser`; Chromium names them `chrome` (promise-returning in MV3).
 * A function run by evaluate() is sent to the page as text, so it cannot call a
 * helper of the suite's: each one picks `globalThis.browser ?? globalThis.chrome`
 * itself (or sends its message through ./background.ts).
 */
import type { Browser } from 'webextension-polyfill';

declare global {
  // `var` declares a global (`let` would not be on globalThis).
  var browser: Browser | undefined;
  // `var` declares a global (`let` would not be on globalThis).
  var chrome: Browser | undefined;
}
