import type { Capture } from '../../core/capture/capture.ts';
import { readIcs } from '../../capture/sites/ics/read-ics.ts';
import { checkCapture } from '../../core/capture/check.ts';

/**
 * Real invitations are a few kilobytes; a megabyte leaves room for long descriptions.
 * @internal exported for its tests
 */
export const MAX_ICS_BYTES = 1_000_000;

export type IcsFileResult = { ok: true; capture: Capture } | { ok: false; key: 'icsTooLarge' | 'icsUnreadable' | 'icsNothing' };

/**
 * Reads an invitation the user picked or dropped. The file is untrusted: it is
 * bounded before it is read, decoded strictly, parsed by the same reader the
 * `extract` command uses, and checked again at the boundary.
 */
export async function readIcsFile(file: Blob): Promise<IcsFileResult> {
  if (file.size > MAX_ICS_BYTES) return { ok: false, key: 'icsTooLarge' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, key: 'icsUnreadable' };
  }
  const capture = checkCapture(readIcs(text));
  return capture.source === 'none' ? { ok: false, key: 'icsNothing' } : { ok: true, capture };
}
