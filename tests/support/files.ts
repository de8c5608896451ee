import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, its own and its folders', as paths joined to `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}
