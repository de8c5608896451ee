import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../../../src/popup/capture/read-active-tab.ts';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions/', true],
    ['about:debugging', true],
    ['moz-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['file:///home/me/invite.html', true],
    ['https://www.linkedin.com/in/jane/', false],
    ['https://calendar.google.com/calendar/u/0/r/eventedit/abc', false],
    ['https://chrome.google.com/search', false],
    ['', false],
  ])('%s → %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));
});
