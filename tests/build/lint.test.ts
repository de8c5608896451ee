// @vitest-environment node
/**
 * The layers of src/ are Biome rules generated from one table (scripts/layers.mjs).
 * These tests check that the generated rules are current and that they refuse
 * an import across a layer, by linting a probe file in a scratch folder that
 * holds a copy of the configuration.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { biomeLayers } from '../../scripts/layers.mjs';

const root = new URL('../../', import.meta.url);
const biome = fileURLToPath(new URL('node_modules/.bin/biome', root));

function lint(file: string, source: string): { ok: boolean; output: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'afterview-layers-'));
  try {
    for (const config of ['biome.jsonc', 'biome.layers.json']) copyFileSync(new URL(config, root), path.join(scratch, config));
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), source);
    const run = spawnSync(biome, ['lint', '--vcs-enabled=false', file], { cwd: scratch, encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('layers', () => {
  it('biome.layers.json is what scripts/layers.mjs writes (run it after changing the table)', () => {
    expect(JSON.parse(readFileSync(new URL('biome.layers.json', root), 'utf8'))).toEqual(JSON.parse(JSON.stringify(biomeLayers())));
  });

  it.each([
    ['core importing the UI', 'src/core/filing/probe.ts', "import { formatDay } from '../../ui/format.ts';\nexport const x = formatDay;\n", 'core/ may import only core'],
    ['core importing the browser', 'src/core/probe.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n", 'core/ must not import webextension-polyfill'],
    ['the database importing the UI', 'src/db/probe.ts', "import { formatDay } from '../ui/format.ts';\nexport const x = formatDay;\n", 'db/ may import only'],
    ['capture importing the database', 'src/capture/sites/probe.ts', "import { db } from '../../db/open.ts';\nexport const x = db;\n", 'capture/ may import only'],
    ['the background importing the UI', 'src/background/probe.ts', "import { formatDay } from '../ui/format.ts';\nexport const x = formatDay;\n", 'background/ may import only'],
    ['the UI importing the background', 'src/ui/tidbits/probe.ts', "import { x as y } from '../../background/index.ts';\nexport const x = y;\n", 'ui/ may import only'],
    ['the popup importing the composer page', 'src/popup/probe.ts', "import { x as y } from '../compose/main.tsx';\nexport const x = y;\n", 'popup/ may import only'],
  ])('refuses %s', (_case, path, source, message) => {
    const result = lint(path, source);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  }, 30_000);

  it('lets the UI import core and the database, and core import core', () => {
    expect(lint('src/ui/tidbits/probe.ts', "import { cleanLine } from '../../core/text.ts';\nimport { db } from '../../db/open.ts';\nexport const x = [cleanLine, db];\n").ok).toBe(true);
    expect(lint('src/core/filing/probe.ts', "import { cleanLine } from '../text.ts';\nimport type { Capture } from '../capture/capture.ts';\nexport const x = cleanLine;\nexport type Y = Capture;\n").ok).toBe(true);
  }, 30_000);
});
