import browser from 'webextension-polyfill';
import { dashboardUrl, type DashboardSection } from '../page-urls.ts';

/** At one of its sections or as it was; the popup then closes (it would anyway once a tab takes the focus). */
export async function openDashboardFromPopup(section?: DashboardSection): Promise<void> {
  // Without a section, openOptionsPage brings an open dashboard forward instead of opening another.
  if (section) await browser.tabs.create({ url: dashboardUrl(section) });
  else await browser.runtime.openOptionsPage();
  window.close();
}
