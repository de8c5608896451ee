// `npm start`: builds Afterview and opens a browser with it loaded, the way
// `web-ext run` does. Chromium by default; `npm start -- --firefox` for Firefox
// ESR. The profile lives in .profile/<browser> so what you enter survives a
// restart; delete that folder for a fresh start. `--headless` is for machines
// without a display (it only proves the extension loads).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const target = firefox ? 'firefox' : 'chrome';

execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BROWSER: target } });
const dist = resolve(root, 'dist', target);
const profile = resolve(root, '.profile', target);
mkdirSync(profile, { recursive: true });

if (firefox) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    userDataDir: profile,
    defaultViewport: null,
  });
  await browser.installExtension(dist);
  console.log(`Afterview is loaded in Firefox (temporary add-on from ${dist}). Close the browser to stop.`);
  await new Promise((done) => browser.on('disconnected', done));
} else {
  const { context, origin } = await launchWithExtension(dist, { profile, headless, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}src/options/index.html`);
  console.log(`Afterview is loaded in Chromium from ${dist}. Its dashboard is open; close the browser to stop.`);
  if (headless) await context.close();
  else await new Promise((done) => context.on('close', done));
}
