/**
 * Automation cannot click the toolbar icon, so the test build's popup is
 * opened as a page and told which tab it stands for (`?tab=`): this opens the
 * web page, finds its tab id from inside the extension, and opens the popup
 * for it.
 */
import type { ExtBrowser, ExtPage } from './types.ts';

export async function tabIdOf(page: ExtPage, url: string): Promise<number> {
  return page.waitForFunction(async (wanted) => {
    const api = globalThis.browser ?? globalThis.chrome!;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? 0;
  }, url);
}

/** Opens `url` in a tab and the popup standing for that tab. */
export async function popupFor(ext: ExtBrowser, url: string): Promise<ExtPage> {
  await ext.openWebPage(url);
  const probe = await ext.openExtensionPage('src/options/index.html');
  const tabId = await tabIdOf(probe, url);
  await probe.close();
  return ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
}
