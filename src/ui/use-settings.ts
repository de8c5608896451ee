/** Loads the settings (with defaults for anything never set). */
import type { Settings } from '../core/types.ts';
import { getSettings } from '../db/settings.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';

export function useSettings(): Loaded<Settings> {
  return useLoaded(getSettings);
}
