import browser from 'webextension-polyfill';
import capturePath from '../../capture/capture.iife.ts?script';
import type { Capture } from '../../core/capture/capture.ts';
import { checkCapture } from '../../core/capture/check.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { t } from '../../i18n.ts';

export type TabReading =
  | { kind: 'found'; capture: Capture; url: string; title: string }
  | { kind: 'nothing'; url: string }
  | { kind: 'restricted'; url: string }
  | { kind: 'failed'; url: string; detail: string };

declare global {
  // Defined by src/capture/capture.iife.ts inside the isolated world of the tab.
  // `var` is how a global is declared in TypeScript (`let` would not be on globalThis).
  var afterviewReadPage: (() => unknown) | undefined;
}

/** Gives up on a page that never answers (a hung renderer), so the popup never hangs. */
const TIMEOUT_MS = 4_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(t('errPageTimeout'))), TIMEOUT_MS))]);
}

async function targetTab() {
  // Test builds only: the suites cannot click the toolbar icon, so they open the
  // popup as a page and name the tab it stands for.
  if (__AFTERVIEW_E2E__) {
    const forced = new URLSearchParams(location.search).get('tab');
    if (forced) return browser.tabs.get(Number(forced));
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Reads the tab with the one-time access the click on the toolbar icon grants
 * (activeTab). The capture script is injected as a file, which defines
 * `afterviewReadPage` in the extension's isolated world (pages cannot see it);
 * a second injection calls it and returns plain JSON.
 */
export async function readActiveTab(): Promise<TabReading> {
  const tab = await targetTab();
  const url = tab?.url ?? '';
  if (!tab?.id) return { kind: 'failed', url, detail: t('errNoActiveTab') };
  if (isRestrictedUrl(url)) return { kind: 'restricted', url };
  try {
    const target = { tabId: tab.id };
    // Firefox resolves a relative path against the calling page, Chrome against
    // the extension's root; a leading slash means the root in both.
    const file = `/${capturePath.replace(/^\//, '')}`;
    const [loaded] = await withTimeout(browser.scripting.executeScript({ target, files: [file] }));
    // Firefox reports a script that failed to load in the result instead of rejecting.
    const loadError = (loaded as { error?: unknown } | undefined)?.error;
    if (loadError) throw loadError instanceof Error ? loadError : new Error(String(loadError));
    const [result] = await withTimeout(
      browser.scripting.executeScript({ target, func: () => (typeof afterviewReadPage === 'function' ? afterviewReadPage() : null) }),
    );
    const capture = checkCapture(result?.result);
    if (capture.source === 'none') return { kind: 'nothing', url };
    return { kind: 'found', capture, url, title: tab.title ?? '' };
  } catch (error) {
    const detail = errorMessage(error);
    // Browsers word this differently; all mean the page may not be scripted.
    if (/cannot (access|be scripted)|missing host permission|extensions gallery|not allowed|privileged/i.test(detail)) {
      return { kind: 'restricted', url };
    }
    return { kind: 'failed', url, detail };
  }
}

/*
 * Pages no extension may script: the browser's own pages, other extensions,
 * and the add-on stores. Recognising them up front gives a clear message
 * instead of an injection error.
 */
const RESTRICTED_SCHEMES = new Set(['chrome:', 'edge:', 'brave:', 'about:', 'chrome-extension:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'data:', 'file:', 'resource:', 'jar:']);

const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com', 'accounts-static.cdn.mozilla.net'];

/** @internal exported for its tests */
export function isRestrictedUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    if (RESTRICTED_SCHEMES.has(url.protocol)) return true;
    if (url.hostname === 'chrome.google.com') return url.pathname.startsWith('/webstore');
    return RESTRICTED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}
