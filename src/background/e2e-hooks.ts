/**
 * Test-only: compiled into the dist/e2e-* builds, removed from the shipped ones
 * (the `__AFTERVIEW_E2E__` constant is false there, so the bundler drops it).
 * Firefox refuses to navigate an automated tab to a moz-extension:// page, so
 * the test build opens one of its own pages, from which the suite drives
 * everything else through the real extension APIs.
 */
import browser from 'webextension-polyfill';

export function installE2eHooks(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html?e2e=1'), active: true });
  });
}
