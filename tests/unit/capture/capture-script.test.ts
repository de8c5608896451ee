/**
 * The injected script's contract: it defines `afterviewReadPage` and nothing
 * else happens: no listeners, timers or observers are left, the page is not
 * written to, and the result is plain JSON.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from './helpers.ts';

declare global {
  // eslint-disable-next-line no-var
  var happyDOM: { setURL(url: string): void } | undefined;
}

function loadPage(name: string, url: string): void {
  document.documentElement.innerHTML = fixtureText(name).replace(/^<!--[\s\S]*?-->\s*/, '').replace(/<\/?html[^>]*>/gi, '');
  (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

describe('capture.iife.ts', () => {
  afterEach(() => {
    delete globalThis.afterviewReadPage;
    vi.restoreAllMocks();
  });

  it('defines afterviewReadPage, which returns the page as plain JSON', async () => {
    loadPage('linkedin-profile_loggedin-2024.html', 'https://www.linkedin.com/in/priya-raman/');
    vi.resetModules();
    await import('../../../src/capture/capture.iife.ts');
    expect(typeof globalThis.afterviewReadPage).toBe('function');
    const result = globalThis.afterviewReadPage!();
    expect(result).toEqual(JSON.parse(JSON.stringify(result)));
    expect(result).toMatchObject({ source: 'linkedin-profile', people: [{ name: 'Priya Raman', company: 'Northwind Analytics' }] });
  });

  it('leaves nothing running and writes nothing to the page', async () => {
    loadPage('google-calendar_popup.html', 'https://calendar.google.com/calendar/u/0/r/week');
    const before = document.documentElement.outerHTML;
    const spies = [
      vi.spyOn(EventTarget.prototype, 'addEventListener'),
      vi.spyOn(globalThis, 'setTimeout'),
      vi.spyOn(globalThis, 'setInterval'),
      vi.spyOn(globalThis, 'requestAnimationFrame'),
      vi.spyOn(globalThis, 'queueMicrotask'),
      vi.spyOn(MutationObserver.prototype, 'observe'),
    ];
    vi.resetModules();
    await import('../../../src/capture/capture.iife.ts');
    const result = globalThis.afterviewReadPage!();
    expect(result).toMatchObject({ source: 'google-calendar' });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
