// `npm start`: builds Afterview and opens a browser with it loaded, as `web-ext run` does; Chromium by
// default, `npm start -- --firefox` for Firefox ESR. The profile lives in .profile/<browser>, so what you
// enter survives a restart. Without a display it builds, says how to load the build by hand, and exits;
// `--headless` only checks that the extension loads in a headless browser.
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAll, distDir } from './build.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * What `npm start` does with these arguments and this environment: `open` a
 * browser window, `check` in a headless browser that the extension loads, or
 * `explain` that there is no display. Linux has a display only when DISPLAY or
 * WAYLAND_DISPLAY names one; macOS and Windows always have one.
 */
export function startPlan({ argv, env, platform }) {
  const browser = argv.includes('--firefox') ? 'firefox' : 'chrome';
  if (argv.includes('--headless')) return { action: 'check', browser };
  const display = platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return { action: display ? 'open' : 'explain', browser };
}

/** What `npm start` says when it cannot open a window; `dist` is the built folder, relative to the checkout. */
export function noDisplayMessage(browser, dist) {
  const byHand =
    browser === 'firefox'
      ? `To load it by hand in Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose ${dist}/manifest.json.`
      : `To load it by hand in Chrome or Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose the ${dist} folder.`;
  return [
    'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so npm start cannot open a browser window.',
    `Afterview is built in ${dist}. ${byHand}`,
    'On a machine with a display, npm start opens the browser with Afterview loaded.',
  ].join('\n');
}

async function openChromium(dist, profile, headless) {
  const { launchWithExtension } = await import('./chromium.mjs');
  const { context, origin } = await launchWithExtension(dist, { profile, headless, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}src/options/index.html`);
  if (headless) {
    console.log(`Afterview loads in headless Chromium (${origin}); closing it again, as --headless only checks that.`);
    await context.close();
    return;
  }
  console.log(`Afterview is loaded in Chromium from ${dist}, with its dashboard open. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
}

async function openFirefox(dist, profile, headless) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    userDataDir: profile,
    defaultViewport: null,
  });
  const id = await browser.installExtension(dist);
  if (headless) {
    console.log(`Afterview loads in headless Firefox (add-on ${id}); closing it again, as --headless only checks that.`);
    await browser.close();
    return;
  }
  console.log(`Afterview is loaded in Firefox (a temporary add-on from ${dist}). Close the browser to stop.`);
  await new Promise((done) => browser.on('disconnected', done));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const plan = startPlan({ argv: process.argv.slice(2), env: process.env, platform: process.platform });
  const dist = distDir(plan.browser);
  try {
    await buildAll([{ browser: plan.browser }]);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (plan.action === 'explain') {
    console.log(noDisplayMessage(plan.browser, relative(root, dist)));
  } else {
    const profile = resolve(root, '.profile', plan.browser);
    mkdirSync(profile, { recursive: true });
    const headless = plan.action === 'check';
    await (plan.browser === 'firefox' ? openFirefox : openChromium)(dist, profile, headless);
  }
}
