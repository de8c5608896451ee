/** One line at the top of the popup saying what the page offered, with the next step. */
import type { Interview } from '../../core/types.ts';
import { filedText } from '../../ui/format.ts';
import { t } from '../../i18n.ts';
import type { TabReadingState } from './use-tab-reading.ts';

/** Where the page's capture is filed: saved from this popup, or `before` it opened. */
export interface Filed {
  interview: Interview;
  before: boolean;
}

interface Props {
  reading: TabReadingState;
  /** Where the page's capture is filed, once it is: it is then not offered again. */
  filed: Filed | null;
  onReview: () => void;
  /** Shows the interview the page is filed under; absent while it is the one shown. */
  onOpenFiled?: () => void;
  onAddByHand: () => void;
}

export function CaptureBanner({ reading, filed, onReview, onOpenFiled, onAddByHand }: Props) {
  if (filed && reading.kind === 'found') {
    return (
      <div class="banner banner--filed" role="status" data-capture={filed.before ? 'already-filed' : 'filed'}>
        <span>{filedText(filed.interview, filed.before)}</span>
        {onOpenFiled && (
          <button type="button" class="button" data-action="open-filed" onClick={onOpenFiled}>
            {t('captureOpen')}
          </button>
        )}
      </div>
    );
  }
  switch (reading.kind) {
    case 'reading':
      return (
        <p class="banner" role="status" aria-busy="true">
          {t('captureReading')}
        </p>
      );
    case 'found':
      return (
        <div class="banner banner--found" role="status">
          <span>{t('captureFoundBanner')}</span>
          <button type="button" class="button button--primary" data-action="review-capture" onClick={onReview}>
            {t('captureReview')}
          </button>
        </div>
      );
    case 'nothing':
      return (
        <div class="banner banner--quiet" role="status" data-capture="nothing">
          <span>{t('captureNothing')}</span>
          <button type="button" class="link-button" onClick={onAddByHand}>
            {t('addByHand')}
          </button>
        </div>
      );
    case 'restricted':
      return (
        <p class="banner banner--quiet" role="status" data-capture="restricted">
          {t('captureRestricted')}
        </p>
      );
    case 'failed':
      return (
        <p class="banner banner--error" role="status" data-capture="failed">
          {t('captureFailed', reading.detail)}
        </p>
      );
  }
}
