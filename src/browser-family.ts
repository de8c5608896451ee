import browser from 'webextension-polyfill';

/** For the few places Firefox and Chrome differ in ways feature tests cannot see (notification buttons, popups closing during file dialogs); only Firefox answers runtime.getBrowserInfo. */
export function isFirefox(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}
