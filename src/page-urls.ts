// runtime.openOptionsPage() cannot name a section, so a section of the dashboard is opened by its address, which the dashboard reads.
import browser from 'webextension-polyfill';

export type DashboardSection = 'interviews' | 'due' | 'tidbits' | 'people' | 'templates' | 'settings' | 'backup' | 'import-ics' | 'welcome';

export function dashboardUrl(section?: DashboardSection): string {
  return browser.runtime.getURL(`src/options/index.html${section ? `#${section}` : ''}`);
}

/** The composer's page on an interview, opened on one of its touches when given: the page learns the interview from its address. */
export function composerUrl(interviewId: string, touchId: string | null = null): string {
  const touch = touchId ? `&touch=${encodeURIComponent(touchId)}` : '';
  return browser.runtime.getURL(`src/compose/index.html?interview=${encodeURIComponent(interviewId)}${touch}`);
}
