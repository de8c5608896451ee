import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, ExtBrowser } from './types.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
