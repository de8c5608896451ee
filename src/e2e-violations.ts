import browser from 'webextension-polyfill';

const VIOLATIONS_KEY = 'afterview-e2e-violations';

/**
 * Test builds only (compiled out of shipped builds): every request an
 * extension page or the background tries to make is refused by the manifest's
 * content security policy (connect-src 'none', default-src 'self'), and each
 * refusal is recorded so the real-browser suites can assert there were none.
 * The suites also watch the network itself where the browser lets them.
 */
export function recordViolations(where: string): void {
  if (!__AFTERVIEW_E2E__) return;
  globalThis.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    void browser.storage.local.get(VIOLATIONS_KEY).then((stored) => {
      const list = (stored[VIOLATIONS_KEY] as string[] | undefined) ?? [];
      list.push(`${where}: ${e.effectiveDirective} ${e.blockedURI}`);
      return browser.storage.local.set({ [VIOLATIONS_KEY]: list });
    });
  });
}
