/** A new install opens the welcome; an update or a browser start does not. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../setup/browser.ts';
import { EXTENSION_ORIGIN } from '../../setup/fake-browser.ts';

/** Loads the background; the returned function waits for the start-up work an event set off (a collect-only refresh joins it). */
async function startBackground() {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  await import('../../../src/background/index.ts');
  const { refresh, START_DELAY_MS } = await import('../../../src/background/refresh.ts');
  // The wake-up refresh's start-up re-plan waits START_DELAY_MS: let it pass.
  let woken = false;
  void refresh({ replan: false }).then(() => {
    woken = true;
  });
  await vi.waitFor(async () => {
    await vi.advanceTimersByTimeAsync(START_DELAY_MS);
    expect(woken).toBe(true);
  });
  vi.useRealTimers();
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
