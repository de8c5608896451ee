import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, ExtBrowser } from './types.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /**
   * Headless Firefox has no system notification service and closes every
   * notification at once; with this it shows them in windows of its own,
   * which `notifications.getAll()` can read back but which take the keyboard
   * focus. Only the suite that checks notifications asks for it.
   */
  showNotifications?: boolean;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox(undefined, options);
}
