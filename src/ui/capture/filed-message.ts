/** What the popup and the dashboard say once a capture is filed. */
import type { FilingResult } from '../../db/file-capture.ts';
import { t } from '../i18n.ts';

export function filedMessage(result: FilingResult): string {
  const company = result.interview.company;
  const count = result.contacts.length;
  if (count === 0) return t('captureSavedNone', company);
  return count === 1 ? t('captureSavedOne', company) : t('captureSavedMany', [String(count), company]);
}
