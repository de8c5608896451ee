/**
 * The popup at its real size (400 × 600) over a year of data (the benchmark's
 * large data set: 1,000 interviews, 5,000 contacts, 10,000 tidbits, 20,000
 * touches), in both real browsers: the due list, the focused interview (the
 * open one that most recently took place) with its people and its primary
 * action are on the one screen without scrolling,
 * and the switcher finds another interview by typing, opens it with the
 * arrow keys and Enter, and moves the keyboard to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE, seedLarge } from './harness/large-data.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';


/** Which of these elements are not wholly inside the viewport as the popup opens (not scrolled). */
function placement(page: ExtPage, selectors: string[]) {
  return page.evaluate((selectors) => {
    return {
      scrolled: document.scrollingElement!.scrollTop,
      outside: selectors.filter((selector) => {
        const element = document.querySelector(selector);
        if (!element) return true;
        const box = element.getBoundingClientRect();
        return box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth || box.height === 0;
      }),
    };
  }, selectors);
}

describe.each(BROWSERS)('the popup over a year of data in %s', (browserName) => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await launch(browserName);
    expect((await seedLarge(ext)).interviews).toBe(LARGE.interviews);
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('fits one screen at 400 × 600: what is due, the focused interview with its people and the primary action', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    await popup.waitFor('.interview-panel .interviewer-list');
    await popup.waitFor('.due-list [data-touch]');
    await popup.screenshot(`popup-large-${browserName}`);
    const where = await placement(popup, ['[data-capture]', '.due-list', '.interview-panel h2', '.interview-panel .interviewer-list', '[data-action="compose"]', '[data-action="switch-interview"]']);
    // Below them, and only there, the sections that open on demand and the invitation import.
    expect(where).toEqual({ scrolled: 0, outside: [] });
    // A compact list: the longest waiting few, and how many more the dashboard has.
    const due = await popup.evaluate(() => document.querySelectorAll('.due-list [data-list="due"] > li').length);
    expect(due).toBeGreaterThan(0);
    expect(due).toBeLessThanOrEqual(3);
    // Each due touch says on which day its interview was, whole, beside its buttons.
    const metas = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.due-list [data-list="due"] .due-item__meta')].map((m) => [m.textContent, m.scrollWidth <= m.clientWidth]));
    expect(metas.filter(([text, whole]) => !/^Interview (today|yesterday|\d+ (days|weeks) ago)$/.test(String(text)) || !whole)).toEqual([]);
    // Up close, the open interview that most recently took place, not one still to come: read from the database here, beside the popup.
    const focus = await popup.evaluate(async () => {
      const all = await new Promise<{ id: string; start: number; status: string }[]>((resolve, reject) => {
        const open = indexedDB.open('afterview');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('interviews').objectStore('interviews').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      });
      const now = Date.now();
      const isOpen = (interview: { status: string }) => !['offer', 'rejected', 'withdrawn'].includes(interview.status);
      const taken = all.filter((interview) => isOpen(interview) && interview.start <= now).sort((a, b) => b.start - a.start);
      return { shown: document.querySelector('.interview-panel')!.getAttribute('data-interview'), expected: taken[0]?.id, later: all.some((interview) => isOpen(interview) && interview.start > now) };
    });
    // The large data set has open interviews still to come (next rounds), which the popup used to show instead.
    expect(focus.later).toBe(true);
    expect(focus.shown).toBe(focus.expected);
    // The primary action is named after what to write next for the interview shown.
    const step = await popup.evaluate(() => document.querySelector('[data-action="compose"]')!.getAttribute('data-step'));
    const labels: Record<string, string> = { 'thank-you': 'Write thank-you notes', 'check-in': 'Write a check-in', 'value-add': 'Send a value-add', none: 'Write a note' };
    expect(await popup.text('[data-action="compose"]')).toBe(labels[step ?? '']);
    const total = Number(/^Follow-ups due \((\d+)\)$/.exec(await popup.text('#due-list-heading'))![1]);
    expect(await popup.text('[data-action="due-more"]')).toBe(`${total - due} more due: see them all in the dashboard`);
    await popup.close();
  });

  it('opens another interview from the switcher by typing, arrow keys and Enter, and moves the keyboard to it', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    await popup.waitFor('.interview-panel');
    const first = await popup.evaluate(() => document.querySelector('.interview-panel')!.getAttribute('data-interview'));
    await popup.click('[data-action="switch-interview"]');
    await popup.waitFor('#switch-search');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('switch-search');
    // The company of some other interview, typed as a person would.
    await popup.waitFor('#switch-list [role="option"]');
    const company = await popup.evaluate(
      (first) => [...document.querySelectorAll('#switch-list [role="option"]')].find((o) => o.getAttribute('data-interview') !== first)!.getAttribute('data-company')!,
      first,
    );
    await popup.fill('#switch-search', company.slice(0, 6));
    await popup.waitForFunction(
      (prefix) => {
        const options = [...document.querySelectorAll('#switch-list [role="option"]')];
        return options.length > 0 && options.every((o) => (o.textContent ?? '').toLowerCase().includes(prefix.toLowerCase()));
      },
      company.slice(0, 6),
    );
    await popup.screenshot(`popup-switcher-${browserName}`);
    // Each row says the interview's day and round, which tell apart interviews at the same company.
    const metas = await popup.evaluate(() => [...document.querySelectorAll('#switch-list [role="option"] .switcher__meta')].map((m) => m.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(1);
    expect(metas.filter((m) => !/^\w{3}, \w{3} \d{1,2}, \d{4} · Round \d+ · \S.*$/.test(m))).toEqual([]);
    await popup.press('ArrowDown');
    const chosen = await popup.evaluate(() => {
      const input = document.getElementById('switch-search')!;
      return document.getElementById(input.getAttribute('aria-activedescendant')!)!.getAttribute('data-interview')!;
    });
    await popup.press('Enter');
    await popup.waitForFunction((id) => document.querySelector('.interview-panel')?.getAttribute('data-interview') === id, chosen);
    await popup.waitForFunction(() => document.activeElement?.matches('.interview-panel h2') ?? false);
    const where = await placement(popup, ['.interview-panel h2', '[data-action="compose"]']);
    expect(where.outside).toEqual([]);
    await popup.screenshot(`popup-switched-${browserName}`);
    await popup.close();
  });
});
