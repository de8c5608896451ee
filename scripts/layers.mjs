// The layers of src/ as Biome rules (biome.layers.json, which biome.jsonc extends). Biome matches an import by
// its specifier, so a folder's rule is repeated for each depth a file can sit at. Run `node scripts/layers.mjs`
// after changing the table; a unit test checks that the JSON is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The files at the top of src/ wrap one browser API each; everything outside core/ may use them.
const SHARED = ['browser-family.ts', 'page-urls.ts', 'e2e-violations.ts', 'i18n.ts'];
const BELOW_UI = ['core', 'capture', 'db', 'messages', ...SHARED];

/** folder of src → the folders and files of src it may import, and packages it must not. */
export const LAYERS = {
  core: { may: ['core'], not: ['webextension-polyfill', 'idb', 'preact', 'preact/hooks'] },
  capture: { may: ['core', 'capture'], not: ['webextension-polyfill', 'idb', 'preact', 'preact/hooks'] },
  // A write tells the background through the typed channel (db/write.ts).
  db: { may: ['core', 'db', 'messages', 'e2e-violations.ts'], not: ['preact', 'preact/hooks'] },
  messages: { may: ['core', 'db', 'messages'], not: ['preact', 'preact/hooks', 'idb'] },
  background: { may: ['background', ...BELOW_UI], not: ['preact', 'preact/hooks'] },
  ui: { may: ['ui', ...BELOW_UI], not: [] },
  popup: { may: ['popup', 'ui', ...BELOW_UI], not: [] },
  options: { may: ['options', 'ui', ...BELOW_UI], not: [] },
  compose: { may: ['compose', 'ui', ...BELOW_UI], not: [] },
};

const MAX_DEPTH = 6;

export function biomeLayers() {
  const overrides = [];
  for (const [folder, { may, not }] of Object.entries(LAYERS)) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const up = '../'.repeat(depth);
      const allowed = may.flatMap((name) => (name.endsWith('.ts') ? [`!${up}${name}`] : [`!${up}${name}/**`]));
      // Message keys are typed from the English messages file; core/ has no words.
      if (folder !== 'core') allowed.push(`!${up}../public/_locales/**`);
      const paths = Object.fromEntries(not.map((name) => [name, `${folder}/ must not import ${name} (see docs/ARCHITECTURE.md).`]));
      overrides.push({
        includes: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        linter: {
          rules: {
            style: {
              noRestrictedImports: {
                level: 'error',
                options: {
                  paths,
                  patterns: [{ group: [`${up}**`, ...allowed], message: `${folder}/ may import only ${may.join(', ')} (see docs/ARCHITECTURE.md).` }],
                },
              },
            },
          },
        },
      });
    }
  }
  return { $schema: './node_modules/@biomejs/biome/configuration_schema.json', root: false, overrides };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../biome.layers.json', import.meta.url), `${JSON.stringify(biomeLayers(), null, 2)}\n`);
}
