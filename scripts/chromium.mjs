// How every script and test here starts Debian's Chromium: headless, as root,
// and kept off the network (this machine's network is closed, and a private
// extension has no business calling home anyway).
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--metrics-recording-only',
  '--password-store=basic',
];

/**
 * Chromium with one unpacked extension loaded, in a persistent profile (the
 * only way Chromium loads extensions), and the extension's origin, read from
 * its service worker. `siteHosts` are answered by 127.0.0.1 (the local test
 * server) with its self-signed certificate accepted.
 */
export async function launchWithExtension(dist, { profile, headless = true, siteHosts = [], args = [], ...options }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    ...options,
    args: [
      // A browser someone looks at (npm start) keeps its GPU.
      ...CHROMIUM_ARGS.filter((arg) => headless || arg !== '--disable-gpu'),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(siteHosts.length > 0 ? [`--host-resolver-rules=${siteHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`, '--ignore-certificate-errors'] : []),
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, origin: `chrome-extension://${new URL(worker.url()).host}/` };
}
