/** The settings store holds one record under one key; missing fields take the defaults. */
import { withDefaultSettings, type Settings } from '../core/types.ts';
import type { Db } from './open.ts';

/** The one key of the settings store. */
export const SETTINGS_KEY = 'settings';

export async function getSettings(d: Db): Promise<Settings> {
  return withDefaultSettings(await d.get('settings', SETTINGS_KEY));
}

export async function saveSettings(d: Db, settings: Settings): Promise<void> {
  await d.put('settings', settings, SETTINGS_KEY);
}
