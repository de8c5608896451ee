/**
 * Checks on the built extension itself (run after `npm run build`): the
 * manifests ask for exactly the permissions Afterview needs and nothing that
 * would expose it to pages. (web-ext lint runs on the Firefox package, in
 * package.test.ts.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage'];

async function manifest(browser: 'chrome' | 'firefox') {
  return JSON.parse(await readFile(resolve(root, `dist/${browser}/manifest.json`), 'utf8')) as Record<string, any>;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks for exactly the six permissions and no host access', async () => {
    const m = await manifest(browser);
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it("carries package.json's version, the one place it is set", async () => {
    const m = await manifest(browser);
    const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
    const source = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));
    expect(m.version).toBe(pkg.version);
    expect(source.version).toBeUndefined();
  });

  // The Chrome Web Store refuses a package past these lengths; Firefox shows the same fields.
  it('fits the stores\' limits on name, short name and description, in every language it ships', async () => {
    const m = await manifest(browser);
    const read = async (locale: string) => JSON.parse(await readFile(resolve(root, `dist/${browser}/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const fallback = await read(m.default_locale);
    for (const locale of await readdir(resolve(root, `dist/${browser}/_locales`))) {
      const messages = await read(locale);
      const text = (value: string) => value.replace(/^__MSG_(\w+)__$/, (_, key: string) => (messages[key] ?? fallback[key])?.message ?? value);
      expect(text(m.name).length, `${locale} name`).toBeLessThanOrEqual(75);
      expect(text(m.short_name).length, `${locale} short name`).toBeLessThanOrEqual(12);
      expect(text(m.description).length, `${locale} description: ${text(m.description)}`).toBeLessThanOrEqual(132);
    }
  });

  it('has no content scripts and no web-accessible resources', async () => {
    const m = await manifest(browser);
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('is Manifest V3 with the popup, options page, icons and a keyboard shortcut', async () => {
    const m = await manifest(browser);
    expect(m.manifest_version).toBe(3);
    expect(m.action.default_popup).toBe('src/popup/index.html');
    expect(m.options_ui.page).toBe('src/options/index.html');
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
    expect(m.commands._execute_action.suggested_key.default).toMatch(/^Alt\+Shift\+/);
  });
});

describe('browser-specific parts', () => {
  it('gives Chrome a module service worker', async () => {
    const m = await manifest('chrome');
    expect(m.background).toEqual({ service_worker: expect.any(String), type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox an event page, a fixed id, version 142 and no data collection', async () => {
    const m = await manifest('firefox');
    expect(m.background).toEqual({ scripts: [expect.any(String)], type: 'module' });
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'afterview@afterview.invalid',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});

describe('the store listing in docs/store', () => {
  it('gives one reason per permission the manifests ask for, and none for others', async () => {
    const text = await readFile(resolve(root, 'docs/store/permissions.md'), 'utf8');
    const listed = [...text.matchAll(/^- `(\w+)`: \S.*$/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(PERMISSIONS);
  });

  it('quotes the manifest description as the short description', async () => {
    const listing = await readFile(resolve(root, 'docs/store/listing.md'), 'utf8');
    const messages = JSON.parse(await readFile(resolve(root, 'public/_locales/en/messages.json'), 'utf8'));
    const quoted = listing.slice(listing.indexOf('## Short description')).match(/^> (.+)$/m)?.[1];
    expect(quoted).toBe(messages.extDescription.message);
  });
});
