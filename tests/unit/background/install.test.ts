/** A new install opens the welcome; an update or a browser start does not. */
import { describe, expect, it, vi } from 'vitest';
import { extensionVersion, SNAPSHOT_KEY, type Snapshot } from '../../../src/db/popup-snapshot.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { EXTENSION_ORIGIN } from '../../setup/fake-browser.ts';
import { startBackground as loadBackground } from '../../support/start-background.ts';

/** Loads the background; the returned function waits for the start-up work an event set off (a collect-only refresh joins it). */
async function startBackground() {
  const refresh = await loadBackground();
  return () => refresh({ replan: false });
}

describe('installing Afterview', () => {
  it('opens the dashboard’s welcome on a new install', async () => {
    const settled = await startBackground();
    await fakeBrowser().runtime.onInstalled.fire({ reason: 'install' });
    await settled();
    expect(fakeBrowser()._state.createdTabs.map((tab) => tab.url)).toEqual([`${EXTENSION_ORIGIN}src/options/index.html#welcome`]);
  });

  it.each(['update', 'browser_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    const settled = await startBackground();
    await fakeBrowser().runtime.onInstalled.fire({ reason });
    await fakeBrowser().runtime.onStartup.fire();
    await settled();
    expect(fakeBrowser()._state.createdTabs).toEqual([]);
  });
});

describe('the popup’s copy after an install or an update', () => {
  it.each(['install', 'update'])('is written at once on %s, not after the start-up’s delay', async (reason) => {
    vi.resetModules();
    // Fake timers that are never advanced: the start-up re-plan (which also writes the copy) stays waiting.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await import('../../../src/background/index.ts');
      await fakeBrowser().runtime.onInstalled.fire({ reason });
      await vi.waitFor(async () => {
        const stored = (await fakeBrowser().storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as Snapshot | undefined;
        expect(stored?.version).toBe(extensionVersion());
        expect(stored?.state).toMatchObject({ first: null, total: 0, due: { entries: [], dueCount: 0 } });
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
