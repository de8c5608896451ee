/** What the offer to take the candidate off their interviews says, before and after. */
import { t } from '../i18n.ts';

/** `interviews` names each interview as the pickers do; `addresses` are the candidate's, as filed. */
export function selfOfferText(interviews: readonly string[], addresses: string, when: 'offer' | 'done'): string {
  if (interviews.length === 1) return when === 'offer' ? t('selfOfferOne', [interviews[0]!, addresses]) : t('selfTakenOffOne', interviews[0]!);
  const count = String(interviews.length);
  return when === 'offer' ? t('selfOfferMany', [count, addresses]) : t('selfTakenOffMany', count);
}
