/** Loads the settings (with defaults for anything never set). */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/types.ts';
import { db } from '../db/open.ts';
import { getSettings } from '../db/settings.ts';

export function useSettings(): { value: Settings | null; error: string | null } {
  const [value, setValue] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLayoutEffect(() => {
    db()
      .then(getSettings)
      .then(setValue, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, []);
  return { value, error };
}
