/**
 * Inside an extension page the suites call the extension APIs directly. Firefox
 * names them `browser`; Chromium names them `chrome` (promise-returning in MV3).
 * `extApi()` in ./in-page.ts picks whichever exists.
 */
import type { Browser } from 'webextension-polyfill';

declare global {
  // eslint-disable-next-line no-var
  var browser: Browser | undefined;
  // eslint-disable-next-line no-var
  var chrome: Browser | undefined;
}
export {};
