import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };

/**
 * One manifest, two browsers. `BROWSER=firefox` builds dist/firefox; anything else
 * builds dist/chrome. `AFTERVIEW_E2E=1` adds the test-only hooks the real-browser
 * suites need (see src/background/e2e-hooks.ts) and writes to dist/e2e-<browser>,
 * so the shipped dists never contain them.
 */
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.AFTERVIEW_E2E === '1';

function manifestFor(target: 'chrome' | 'firefox') {
  const manifest = structuredClone(sourceManifest) as Record<string, unknown>;
  if (target === 'chrome') {
    // Chrome warns about keys it does not know; Gecko settings mean nothing there.
    delete manifest.browser_specific_settings;
  }
  return manifest as unknown as Parameters<typeof crx>[0]['manifest'];
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
  define: {
    __AFTERVIEW_E2E__: JSON.stringify(e2e),
  },
  build: {
    outDir: e2e ? `dist/e2e-${browser}` : `dist/${browser}`,
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: undefined,
});
