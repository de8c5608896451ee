/** Loads src/ui/db-code.ts, once: see there why it is not imported statically. */
import type { DbCode } from './db-code.ts';

let loading: Promise<DbCode> | null = null;

export function loadDbCode(): Promise<DbCode> {
  loading ??= import('./db-code.ts');
  return loading;
}
