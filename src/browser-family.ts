/**
 * The few places Firefox and Chrome differ in ways feature tests cannot see
 * (notification buttons, popups closing during file dialogs) ask this. Only
 * Firefox answers runtime.getBrowserInfo.
 */
import browser from 'webextension-polyfill';

export function isFirefox(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}
