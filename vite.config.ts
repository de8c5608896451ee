import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import type { Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

/**
 * One manifest, two browsers. `BROWSER=firefox` builds dist/firefox; anything else
 * builds dist/chrome. `AFTERVIEW_E2E=1` adds the test-only hooks the real-browser
 * suites need (see src/background/e2e-hooks.ts) and writes to dist/e2e-<browser>,
 * so the shipped dists never contain them. `AFTERVIEW_OUT_DIR` writes elsewhere
 * (the store packages are built in a fresh folder). scripts/build.mjs runs this.
 */
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.AFTERVIEW_E2E === '1';

/**
 * The test build stands in for the one-time grant a click on the toolbar icon
 * gives (activeTab), which automation cannot perform: it may script the local
 * copies of the supported sites that the suites serve under their real names.
 */
const E2E_HOSTS = ['www.linkedin.com', 'se.linkedin.com', 'calendar.google.com', 'outlook.office.com', 'outlook.live.com', 'example.test'];

function manifestFor(target: 'chrome' | 'firefox') {
  // package.json is the one place the version is set.
  const { manifest_version, name, ...rest } = structuredClone(sourceManifest);
  const manifest: Record<string, unknown> = { manifest_version, name, version: packageJson.version, ...rest };
  if (e2e) {
    manifest.host_permissions = E2E_HOSTS.map((host) => `https://${host}/*`);
    // Lets the suites read back what the composer copied; the shipped build only writes.
    manifest.permissions = [...(manifest.permissions as string[]), 'clipboardRead'];
  }
  if (target === 'chrome') {
    // Chrome warns about keys it does not know; Gecko settings mean nothing there.
    delete manifest.browser_specific_settings;
  }
  return manifest as unknown as Parameters<typeof crx>[0]['manifest'];
}

/**
 * @crxjs exposes a script imported with `?script` to every web page as a
 * web-accessible resource, and also emits a module copy of it. The capture
 * script is only ever injected with scripting.executeScript, which needs
 * neither, and a web-accessible file would let any page detect Afterview. So
 * both are removed from the output; the build tests check they stay gone.
 */
function injectedScriptsStayPrivate(): Plugin {
  return {
    name: 'afterview:injected-scripts-stay-private',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const [fileName, output] of Object.entries(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId?.endsWith('.iife.ts') && !output.isEntry) delete bundle[fileName];
          if (output.type === 'chunk' && output.facadeModuleId?.endsWith('.iife.ts') && output.isEntry && fileName.startsWith('assets/')) delete bundle[fileName];
        }
        const manifestAsset = bundle['manifest.json'];
        if (manifestAsset?.type !== 'asset') return;
        const manifest = JSON.parse(String(manifestAsset.source)) as { web_accessible_resources?: { resources: string[] }[] };
        const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
        const unexpected = exposed.filter((file) => !file.endsWith('.iife.js'));
        if (unexpected.length > 0) this.error(`Unexpected web-accessible resources: ${unexpected.join(', ')}`);
        delete manifest.web_accessible_resources;
        manifestAsset.source = `${JSON.stringify(manifest, null, 2)}\n`;
      },
    },
  };
}

/**
 * Chunks shared by the popup, the dashboard, the composer and the background,
 * grouped by hand so that each is one file rather than many small ones (every
 * file costs its own gzip header and import list). `db` is the database code
 * the background loads at once and the popup only after its first paint (it
 * loads src/ui/db-code.ts and opens the database on demand); `base` is what every part
 * loads at open (the browser API, messages, dates), the popup's snapshot reader
 * included; `cadence` the rules the due lists and the background share. The
 * popup must not load `db` at open: tests/build/sizes.test.ts checks it.
 */
const CHUNK_GROUPS: [name: string, test: RegExp][] = [
  [
    'db',
    /\/node_modules\/idb\/|\/src\/db\/(open|migrations|schema|links|interviews|touches|settings)\.ts$|\/src\/core\/(ids|backup\/backup-file)\.ts$/,
  ],
  [
    'base',
    /\/node_modules\/webextension-polyfill\/|\/src\/(i18n|e2e-violations)\.ts$|\/src\/messages\/protocol\.ts$|\/src\/core\/(types|text|local-time|cadence\/(localized-message|touch-state))\.ts$|\/src\/db\/popup-snapshot\.ts$/,
  ],
  [
    'cadence',
    /\/src\/page-urls\.ts$|\/src\/core\/cadence\/(touch-actions|relative-age|local-days|work-calendar)\.ts$/,
  ],
];

function chunkGroup(id: string): string | null {
  return CHUNK_GROUPS.find(([, test]) => test.test(id))?.[0] ?? null;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), injectedScriptsStayPrivate()],
  define: {
    __AFTERVIEW_E2E__: JSON.stringify(e2e),
  },
  build: {
    outDir: process.env.AFTERVIEW_OUT_DIR || (e2e ? `dist/e2e-${browser}` : `dist/${browser}`),
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
    // The composer's own page is named by no manifest key (it is opened with
    // tabs.create), so @crxjs would not build it unless it is listed here.
    rollupOptions: {
      // No content hashes in file names: @crxjs hashes a placeholder holding the
      // capture script's absolute path into its importer's hash, so hashed names
      // would differ between two checkouts of the same commit and the store
      // packages could not be rebuilt byte for byte. An extension is replaced
      // whole on update, so the hashes bought nothing.
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]', manualChunks: chunkGroup },
      input: {
        compose: 'src/compose/index.html',
        // The benchmark's pages (scripts/bench.mjs) exist only in the test builds.
        ...(e2e ? { benchBlank: 'bench/blank.html', benchFloor: 'bench/floor.html', bench: 'bench/bench.html' } : {}),
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: undefined,
});
