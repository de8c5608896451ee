/** The stubbed `browser` of the current unit test (see tests/setup/unit.ts). */
import type { FakeBrowser } from './fake-browser.ts';

export function fakeBrowser(): FakeBrowser {
  return globalThis.__afterviewFakeBrowser;
}
