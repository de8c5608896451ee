/**
 * The dashboard in both real browsers: cards with their timelines, the search,
 * the sections reached by keyboard, and axe-core with no violations in light
 * and in dark (Chromium is told to prefer dark; Firefox's automation cannot
 * be, so its dark palette is applied directly: see preferDark).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { BROWSERS, inExtensionPage, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';
import { backgroundColour, e2eDataset, notifyBackground, preferDark, writeData } from './dashboard-support.ts';

const SECTIONS = ['interviews', 'due', 'tidbits', 'people', 'templates', 'settings', 'backup'];

async function sectionHeading(page: ExtPage): Promise<string> {
  return page.evaluate(() => document.querySelector('main h2')?.textContent ?? '');
}

describe.each(BROWSERS)('dashboard in %s', (browserName) => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await launch(browserName);
    await inExtensionPage(ext, 'src/options/index.html', '[data-action="add-interview"]', async (first) => {
      await writeData(first, e2eDataset(Date.now()));
      await notifyBackground(first);
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows every interview as a card with its timeline, and finds them with one search box', async () => {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 6);
    const acme = await page.evaluate(() => {
      const card = [...document.querySelectorAll('.interview-card')].find((c) => c.querySelector('h3')?.textContent === 'Acme Robotics')!;
      return {
        status: card.querySelector('.status')?.textContent,
        people: [...card.querySelectorAll('.interview-card__person')].map((p) => p.textContent),
        steps: [...card.querySelectorAll('.timeline__step')].map((s) => s.className.replace('timeline__step timeline__step--', '')),
      };
    });
    expect(acme.status).toBe('Awaiting decision');
    expect(acme.people).toEqual(['Anna Lee', 'Ben Okafor']);
    // The interview, the thank-yous sent, today, then what the background planned.
    expect(acme.steps.slice(0, 3)).toEqual(['interview', 'sent', 'today']);
    expect(acme.steps.slice(3).length).toBeGreaterThan(0);
    expect(acme.steps.slice(3).every((s) => s === 'planned')).toBe(true);

    await page.fill('#dash-search', 'дмитрий');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 1);
    expect(await page.text('.interview-card h3')).toBe('Globex');
    await page.fill('#dash-search', 'data contracts');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 0);
    await page.fill('#dash-search', '');
    await page.select('#dash-status', 'offer');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 1);
    expect(await page.text('.interview-card h3')).toBe('Initech');
    await page.close();
  });

  it('reaches every section from the keyboard, by its address, with the focus on its heading', async () => {
    const page = await ext.openExtensionPage('src/options/index.html#due');
    await page.waitFor('#due-heading');
    for (const section of SECTIONS) {
      await page.evaluate((s) => (document.querySelector(`.dash-nav a[data-section="${s}"]`) as HTMLElement).focus(), section);
      await page.press('Enter');
      await page.waitForFunction((s) => document.activeElement?.id === `${s}-heading`, section);
      expect(await page.evaluate(() => document.querySelector('.dash-nav [aria-current="page"]')?.getAttribute('data-section'))).toBe(section);
    }
    expect(await sectionHeading(page)).toBe('Backup');
    await page.close();
  });

  it('says a template saved on its own line, and a reset or a delete in the one undo toast, whose Undo brings it back', async () => {
    const page = await ext.openExtensionPage('src/options/index.html#templates');
    // A laptop's window: the toast runs along the page's bottom edge.
    await page.setViewport(1280, 800);
    await page.waitFor('#template-subject');
    const shot = (name: string) => page.screenshot(`${browserName}-dashboard-templates-${name}`);
    const state = () =>
      page.evaluate(() => ({
        line: document.querySelector('.template-editor > p.notice')?.textContent ?? '',
        toast: document.querySelector('.toast .toast__message')?.textContent ?? null,
        shown: document.querySelector('.template-item[aria-current="true"] .template-item__name')?.textContent ?? '',
        subject: (document.querySelector('#template-subject') as HTMLInputElement | null)?.value ?? '',
        focus: document.activeElement?.closest('[data-template]')?.getAttribute('data-template') ?? document.activeElement?.className ?? '',
      }));

    await page.fill('#template-subject', 'Thank you, {{firstName}}');
    await page.click('[data-action="save-template"]');
    await page.waitForFunction(() => document.querySelector('.template-editor > p.notice')?.textContent === 'Saved.');
    expect(await state()).toMatchObject({ line: 'Saved.', toast: null, shown: 'Thank-you note' });
    await shot('01-saved');

    await page.click('[data-action="reset-template"]');
    await page.waitFor('.toast');
    expect(await state()).toMatchObject({ line: '', toast: 'The built-in text is back.', subject: expect.stringMatching(/^Thank you — /) });
    await shot('02-reset');
    await page.click('.toast [data-action="undo"]');
    await page.waitFor('.toast', { hidden: true });
    await page.waitForFunction(() => (document.querySelector('#template-subject') as HTMLInputElement).value === 'Thank you, {{firstName}}');
    expect(await state()).toMatchObject({ line: 'Restored “Thank-you note”.', toast: null, shown: 'Thank-you note', focus: 'builtin-thank-you' });

    await page.click('[data-template="e2e-template"]');
    await page.waitForFunction(() => document.querySelector('.template-editor h3')?.textContent === 'Short and warm');
    await page.click('[data-action="delete-template"]');
    await page.waitFor('.toast');
    await page.waitForFunction(() => !document.querySelector('[data-template="e2e-template"]'));
    expect(await state()).toMatchObject({ toast: 'Deleted “Short and warm”.', focus: 'toast__message' });
    await shot('03-deleted');
    await page.click('.toast [data-action="undo"]');
    await page.waitFor('.toast', { hidden: true });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-template') === 'e2e-template');
    expect(await state()).toMatchObject({ line: 'Restored “Short and warm”.', toast: null, shown: 'Short and warm' });
    await shot('04-delete-undone');
    await page.close();
  });

  it('has no axe-core violations in light and in dark, in every section', async () => {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 6);
    const light = await backgroundColour(page);
    const failures: string[] = [];
    const check = async (scheme: string) => {
      for (const section of SECTIONS) {
        await page.evaluate((s) => (location.hash = `#${s}`), section);
        await page.waitForFunction((s) => document.getElementById(`${s}-heading`) !== null, section);
        if (section === 'interviews') {
          await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 6);
          await page.click('.interview-card [data-action="notes"]');
        }
        failures.push(...(await axeViolations(page)).map((v) => `${scheme} #${section}: ${v}`));
      }
    };
    await check('light');
    await preferDark(ext, page);
    expect(await backgroundColour(page)).not.toBe(light);
    await check('dark');
    expect(failures).toEqual([]);
    await page.close();
  });
});
