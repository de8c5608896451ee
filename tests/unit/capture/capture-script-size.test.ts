// @vitest-environment node
/**
 * The injected script is bundled the way @crxjs ships it (one self-contained
 * classic script) and must stay small, importing only the capture readers and
 * the text cleaners.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

async function bundle(): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      write: false,
      minify: true,
      target: ['chrome120', 'firefox128'],
      lib: { entry: path.join(repoRoot, 'src/capture/capture.iife.ts'), formats: ['iife'], name: 'afterviewCapture' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no chunk built');
  return chunk;
}

describe('capture script bundle', () => {
  it('is under 8.5 KB gzipped and imports only src/capture and src/core/text.ts', async () => {
    const chunk = await bundle();
    const gzipped = gzipSync(chunk.code).length;
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThan(8.5 * 1024);
    const modules = chunk.moduleIds.map((id) => path.relative(repoRoot, id).split(path.sep).join('/'));
    expect(modules.length).toBeGreaterThan(10);
    for (const id of modules) expect(id.startsWith('src/capture/') || id === 'src/core/text.ts', id).toBe(true);
    // A classic script: no module syntax left at the top level.
    expect(chunk.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(chunk.code).toContain('afterviewReadPage');
  }, 60_000);
});
