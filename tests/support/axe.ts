/**
 * Runs axe-core on a happy-dom render. happy-dom lays nothing out, so colour
 * contrast cannot be measured here; the end-to-end suite checks it in the real
 * browsers.
 */
import axe from 'axe-core';

export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.html}`));
}
