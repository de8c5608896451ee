/**
 * Test builds only (compiled out of shipped builds): the real-browser suites
 * make the first upgrade, the one that creates the database, fail as a full
 * disk would, by setting this key in the extension's localStorage. Pages read
 * it; a service worker, which has no localStorage, never fails this way.
 * @internal exported for its tests
 */
export const FAIL_FIRST_UPGRADE_KEY = 'afterview-e2e-fail-first-upgrade';

export function firstUpgradeFault(): DOMException | null {
  if (!__AFTERVIEW_E2E__ || typeof localStorage === 'undefined' || localStorage.getItem(FAIL_FIRST_UPGRADE_KEY) === null) return null;
  return new DOMException('The test build was told the disk is full.', 'QuotaExceededError');
}
