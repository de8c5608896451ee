/**
 * The full library lives in the options page (the dashboard), in the section
 * at `#tidbits`. runtime.openOptionsPage() cannot carry a fragment, so the
 * popup opens the dashboard's address with `#tidbits` in a new tab, and the
 * dashboard opens on the section its address names.
 */
import browser from 'webextension-polyfill';

export const LIBRARY_SECTION = 'tidbits';

const DEFAULT_OPTIONS_PAGE = 'src/options/index.html';

export function libraryUrl(): string {
  const manifest = browser.runtime.getManifest() as { options_ui?: { page?: string } };
  return browser.runtime.getURL(`${manifest.options_ui?.page ?? DEFAULT_OPTIONS_PAGE}#${LIBRARY_SECTION}`);
}

export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: libraryUrl() });
}

