/** Where a capture was filed, as the popup and the dashboard say it: "Saved to Northwind Analytics — Backend Engineer". */
import type { Interview } from '../../core/types.ts';
import { t } from '../../i18n.ts';

export function filedText(interview: Pick<Interview, 'company' | 'role'>): string {
  return interview.role ? t('captureFiledRole', [interview.company, interview.role]) : t('captureFiled', interview.company);
}
