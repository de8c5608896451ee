/** axe-core run inside a real extension page: the violations, one line each, in the whole page or one part of it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtPage } from './types.ts';

const AXE_SOURCE = readFileSync(resolve(__dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: ExtPage, selector?: string): Promise<string[]> {
  // Evaluated as a script by the automation protocol, which extension pages' CSP does not govern.
  await page.evaluate(`${AXE_SOURCE}\n;undefined` as never);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(context ?? document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  }, selector ?? null);
}
