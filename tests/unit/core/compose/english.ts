/** The English texts the compose tests read: the extension's own English locale file. */
import locale from '../../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export const ENGLISH: Record<string, Entry> = locale as Record<string, Entry>;

export function getText(key: string): string {
  const entry = ENGLISH[key];
  if (!entry) throw new Error(`no English text for ${key}`);
  return entry.message;
}
