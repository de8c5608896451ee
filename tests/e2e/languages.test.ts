/**
 * The built extension in a German (and a French) Chromium: the popup and the
 * dashboard speak the browser's language, and write its numbers and dates.
 * Chromium takes the language from LANGUAGE (tests/e2e/harness/launch.ts).
 * Firefox ESR here has only its English language pack, and Firefox's
 * extensions speak the language of the installed pack, whatever
 * `intl.locale.requested` asks for, so this suite runs in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupData } from '../../src/core/backup/backup-file.ts';
import { e2eDataset, notifyBackground, writeData } from './dashboard-support.ts';
import { inExtensionPage, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const INTERVIEWS = 1200;
const DAY = 86_400_000;

/** The dashboard suite's six interviews, and enough old, decided ones that counts run into the thousands. */
function dataset(now: number): BackupData {
  const data = e2eDataset(now);
  const model = data.interviews[0]!;
  const filler = Array.from({ length: INTERVIEWS - data.interviews.length }, (_, i) => ({
    ...model,
    id: `old-${i}`,
    company: `Firma ${i}`,
    start: now - (400 + i) * DAY,
    end: now - (400 + i) * DAY + 3_600_000,
    status: 'rejected' as const,
    createdAt: now - (401 + i) * DAY,
    updatedAt: now - (400 + i) * DAY,
  }));
  return { ...data, interviews: [...data.interviews, ...filler] };
}

async function seeded(language: string): Promise<ExtBrowser> {
  const ext = await launch('chromium', { language });
  await inExtensionPage(ext, 'src/options/index.html', '[data-action="add-interview"]', async (page) => {
    await writeData(page, dataset(Date.now()));
    await notifyBackground(page);
  });
  return ext;
}

async function openPopup(ext: ExtBrowser): Promise<ExtPage> {
  const popup = await ext.openExtensionPage('src/popup/index.html');
  await popup.setViewport(400, 600);
  await popup.waitFor('.interview-panel');
  return popup;
}

/** Opens the switcher and reads its note, which says how many of all the interviews it lists. */
async function switcherCount(popup: ExtPage): Promise<string> {
  await popup.click('[data-action="switch-interview"]');
  await popup.waitForFunction(() => Boolean(document.querySelector('.switcher__count')?.textContent));
  return popup.text('.switcher__count');
}

// biome-ignore lint/performance/useDomNodeTextContent: the text as the user sees it.
const pageText = (page: ExtPage) => page.evaluate(() => document.body.innerText);
const overflows = (page: ExtPage) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
/** A day as German writes it short: "2. Dez." or "3. März". */
const GERMAN_DAY = /\b\d{1,2}\. (?:Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\b/;

describe('in German', () => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await seeded('de');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the browser serves the German locale file (headless Chromium still reports "en-US": formats follow the words)', async () => {
    const page = await ext.openExtensionPage('src/options/index.html');
    const spoken = await page.evaluate(() => [chrome!.i18n.getMessage('uiLocale'), chrome!.i18n.getMessage('save')]);
    expect(spoken).toEqual(['de', 'Speichern']);
    await page.close();
  });

  it('the popup: German words, German dates, "1.200", within 400 px', async () => {
    const popup = await openPopup(ext);
    const text = await pageText(popup);
    expect(text).toContain('Interview hinzufügen');
    expect(text).toContain('Interview wechseln');
    expect(text).toContain('Runde 1');
    expect(text).toMatch(GERMAN_DAY);
    for (const english of ['Add interview', 'Switch interview', 'Round 1', 'Follow-ups due', 'Dec ', 'PM']) expect(text).not.toContain(english);
    expect(await overflows(popup)).toBe(false);
    await popup.screenshot('languages-popup-de');
    expect(await switcherCount(popup)).toBe('50 von 1.199 angezeigt: Tippen Sie, um die Liste einzugrenzen.'); // the other 1,199 interviews
    expect(await overflows(popup)).toBe(false);
    await popup.screenshot('languages-popup-switcher-de');
    await popup.close();
  });

  it('the dashboard: German sections and counts written "1.200"', async () => {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length > 0);
    const text = await pageText(page);
    expect(await page.text('#dash-status option[value="all"]')).toBe('Alle Status (1.200)');
    expect(text).toMatch(/\d+ von 1\.200 Interviews angezeigt\./);
    for (const section of ['Fällig', 'Fundstücke', 'Personen', 'Vorlagen', 'Einstellungen', 'Sicherung']) expect(text).toContain(section);
    expect(text).toMatch(GERMAN_DAY);
    for (const english of ['Showing', 'All statuses', 'Settings', 'Templates', 'Awaiting decision']) expect(text).not.toContain(english);
    await page.setViewport(1280, 900);
    await page.screenshot('languages-dashboard-de');
    await page.close();
  });

  it('the interview form offers the notes’ language, in the browser’s words', async () => {
    const popup = await openPopup(ext);
    await popup.click('[data-action="add-interview"]');
    await popup.waitFor('#iv-note-language');
    // A German status fits its half of the row, as the English one does.
    expect(await popup.evaluate(() => {
      const select = document.querySelector('#iv-status') as HTMLSelectElement;
      const probe = Object.assign(document.createElement('span'), { textContent: select.selectedOptions[0]!.text });
      probe.style.font = getComputedStyle(select).font;
      document.body.append(probe);
      const style = getComputedStyle(select);
      // The text, the select's padding and its arrow (about 20 px) within its width.
      const fits = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20 <= select.getBoundingClientRect().width;
      probe.remove();
      return fits;
    })).toBe(true);
    const options = await popup.evaluate(() => [...(document.querySelector('#iv-note-language') as HTMLSelectElement).options].map((o) => o.text));
    expect(options).toEqual(['Wie Ihr Browser (Deutsch)', 'English', 'Deutsch', 'Français', 'Español']);
    expect(await overflows(popup)).toBe(false);
    await popup.screenshot('languages-popup-form-de');
    await popup.close();
    // Looked at, not checked: the composer in German.
    const home = await openPopup(ext);
    if (await home.evaluate(() => Boolean(document.querySelector('[data-action="compose"]')))) {
      await home.click('[data-action="compose"]');
      await home.waitFor('#compose-panel');
      await home.screenshot('languages-compose-de');
    }
    await home.close();
  });
});

describe('in French', () => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await seeded('fr');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the popup: French words, "1 200" with a narrow no-break space, within 400 px', async () => {
    const popup = await openPopup(ext);
    const text = await pageText(popup);
    expect(text).toContain('Ajouter un entretien');
    expect(text).toContain('Tour 1');
    expect(await overflows(popup)).toBe(false);
    await popup.screenshot('languages-popup-fr');
    expect(await switcherCount(popup)).toBe('50 sur 1\u202f199 affichés\u00a0: tapez pour affiner la liste.');
    await popup.screenshot('languages-popup-switcher-fr');
    await popup.close();
    // Looked at, not checked: the composer in French.
    const home = await openPopup(ext);
    if (await home.evaluate(() => Boolean(document.querySelector('[data-action="compose"]')))) {
      await home.click('[data-action="compose"]');
      await home.waitFor('#compose-panel');
      await home.screenshot('languages-compose-fr');
    }
    await home.close();
  });
});
