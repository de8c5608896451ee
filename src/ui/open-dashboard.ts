/**
 * Opens the dashboard, at one of its sections or as it was, from the popup,
 * which then closes (a popup would close anyway once a tab takes the focus).
 */
import browser from 'webextension-polyfill';
import { dashboardUrl, type DashboardSection } from '../page-urls.ts';

export async function openDashboardFromPopup(section?: DashboardSection): Promise<void> {
  // Without a section, openOptionsPage brings an open dashboard forward instead of opening another.
  if (section) await browser.tabs.create({ url: dashboardUrl(section) });
  else await browser.runtime.openOptionsPage();
  window.close();
}
