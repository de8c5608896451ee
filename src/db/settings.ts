/** The settings store holds one record under one key; missing fields take the defaults. */
import { DEFAULT_SETTINGS, type Settings } from '../core/types.ts';
import type { Db } from './open.ts';

const KEY = 'settings';

export async function getSettings(d: Db): Promise<Settings> {
  const stored = await d.get('settings', KEY);
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    cadence: { ...DEFAULT_SETTINGS.cadence, ...stored?.cadence },
  };
}

export async function saveSettings(d: Db, settings: Settings): Promise<void> {
  await d.put('settings', settings, KEY);
}
