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
