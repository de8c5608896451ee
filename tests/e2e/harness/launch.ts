import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, ExtBrowser, ExtPage } from './types.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /**
   * Headless Firefox has no system notification service and closes every
   * notification at once; with this it shows them in windows of its own,
   * which `notifications.getAll()` can read back but which take the keyboard
   * focus. Only the suite that checks notifications asks for it.
   */
  showNotifications?: boolean;
  /**
   * The browser's language ("de"): what chrome.i18n and Intl speak. Chromium
   * on Linux takes it from the LANGUAGE environment variable (its --lang flag
   * is for Windows), headless too.
   */
  language?: string;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(undefined, [], options) : launchFirefox(undefined, options);
}

/**
 * Opens one of the extension's pages, waits until it shows `ready` (by then it
 * has opened and migrated the database), runs `act` in it, and closes it: how
 * a suite seeds its scenario before the pages it tests are opened.
 */
export async function inExtensionPage<T>(ext: ExtBrowser, path: string, ready: string, act: (page: ExtPage) => Promise<T>): Promise<T> {
  const page = await ext.openExtensionPage(path);
  await page.waitFor(ready);
  const result = await act(page);
  await page.close();
  return result;
}
