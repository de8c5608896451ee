// @vitest-environment node
/**
 * Every regular expression under src/capture and src/core meets text that a
 * page, a file or a person controls, so each must match in time linear in
 * that text: a backtracking pattern lets one hostile page freeze the tab.
 * recheck (an automaton-based ReDoS checker, run offline) must find each one
 * linear, or the test names the pattern and recheck's attack string.
 *
 * Literals are read from the sources. Patterns built with `new RegExp` are
 * recorded as they are built, while the modules load and the readers read
 * every test page (a date reader builds one per language); each place that
 * builds one must be seen building.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import { parseSync } from 'vite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { filesUnder } from '../support/files.ts';

const repoRoot = path.resolve(__dirname, '../..');
const ROOTS = ['src/capture', 'src/core'];

const sourceFiles = (dir: string) => filesUnder(dir).filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

type AstNode = { type?: string; start?: number; regex?: { pattern: string; flags: string }; callee?: AstNode; name?: string; [key: string]: unknown };

/** Regex literals and the places that call `new RegExp(…)` or `RegExp(…)`, each with its line. */
function readSource(file: string): { literals: Pattern[]; builders: string[] } {
  const text = readFileSync(file, 'utf8');
  const relative = path.relative(repoRoot, file);
  const { program, errors } = parseSync(file, text, { lang: file.endsWith('x') ? 'tsx' : 'ts' });
  expect(errors, relative).toEqual([]);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const literals: Pattern[] = [];
  const builders: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as AstNode;
    if (n.type === 'Literal' && n.regex) literals.push({ where: `${relative}:${lineOf(n.start ?? 0)}`, source: n.regex.pattern, flags: n.regex.flags });
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') builders.push(`${relative}:${lineOf(n.start ?? 0)}`);
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
  };
  visit(program);
  return { literals, builders };
}

const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');
const hostileDir = path.join(repoRoot, 'tests/fixtures/hostile');

/** Every test page and invitation, each read as its site: the page's file name starts with the reader's source. */
async function readEveryTestPage(): Promise<void> {
  const { extract } = await import('../../src/capture/extract-node.ts');
  const { SITE_EXAMPLES } = await import('../support/sites.ts');
  for (const dir of [pagesDir, hostileDir]) {
    for (const name of readdirSync(dir)) {
      const source = name.split('_')[0] as keyof typeof SITE_EXAMPLES;
      const url = SITE_EXAMPLES[source]?.[0] ?? 'https://example.test/';
      await extract({ text: readFileSync(path.join(dir, name), 'utf8'), path: name, url, timeZone: 'Europe/Stockholm' });
    }
  }
}

/** Loads every module under ROOTS afresh and reads every test page, while `RegExp` records what it builds and where. */
async function recordConstructed(files: string[]): Promise<Pattern[]> {
  const built: Pattern[] = [];
  const Real = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    // The frame that called RegExp: the first one outside this file. Libraries' own patterns are not ours to check.
    const caller = new Error().stack?.split('\n').slice(1).find((line) => !line.includes('linear-regex.test'));
    const file = caller?.match(/(src\/[^:)]+):(\d+)/);
    if (!file || !ROOTS.some((root) => file[1]!.startsWith(root))) return;
    const source = pattern instanceof Real ? pattern.source : String(pattern);
    built.push({ where: `${file[1]}:${file[2]}`, source, flags: flags ?? (pattern instanceof Real ? pattern.flags : '') });
  };
  globalThis.RegExp = new Proxy(Real, {
    construct: (target, args, newTarget) => (record(args), Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
  });
  try {
    vi.resetModules();
    for (const file of files) await import(file);
    await readEveryTestPage();
  } finally {
    globalThis.RegExp = Real;
    vi.resetModules();
  }
  return built;
}

const files = ROOTS.flatMap((root) => sourceFiles(path.join(repoRoot, root)));
const read = files.map((file) => ({ file: path.relative(repoRoot, file), ...readSource(file) }));
let constructed: Pattern[] = [];

beforeAll(async () => {
  constructed = await recordConstructed(files);
}, 60_000);

describe('regular expressions on page text', () => {
  it('are all found: the literals in the sources, and a pattern from every place that builds one', () => {
    expect(read.reduce((n, f) => n + f.literals.length, 0)).toBeGreaterThan(50);
    const seen = new Set(constructed.map((p) => p.where));
    expect(read.flatMap((f) => f.builders).filter((where) => !seen.has(where))).toEqual([]);
  });

  it('all run in linear time, as recheck proves', async () => {
    const patterns = [...read.flatMap((f) => f.literals), ...constructed];
    const unique = [...new Map(patterns.map((p) => [`/${p.source}/${p.flags}`, p])).values()];
    const findings: string[] = [];
    for (const pattern of unique) {
      let result = await check(pattern.source, pattern.flags, { timeout: 30_000, randomSeed: 1 });
      // On a machine busy with browsers the proof itself can run out of time: give it longer once.
      if (result.status === 'unknown' && result.error.kind === 'timeout') result = await check(pattern.source, pattern.flags, { timeout: 150_000, randomSeed: 1 });
      if (result.status === 'safe') continue;
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.type}${result.complexity.type === 'polynomial' ? ` of degree ${result.complexity.degree}` : ''}, e.g. ${JSON.stringify(result.attack.pattern)}`
          : `not proved (${result.error.kind})`;
      findings.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${detail}`);
    }
    expect(findings).toEqual([]);
  }, 600_000);
});
