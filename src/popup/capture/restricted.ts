/**
 * Pages no extension may script: the browser's own pages, other extensions,
 * and the add-on stores. Recognising them up front gives a clear message
 * instead of an injection error.
 */
const RESTRICTED_SCHEMES = new Set(['chrome:', 'edge:', 'brave:', 'about:', 'chrome-extension:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'data:', 'file:', 'resource:', 'jar:']);

const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com', 'accounts-static.cdn.mozilla.net'];

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
