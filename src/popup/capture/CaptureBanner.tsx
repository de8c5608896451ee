/** One line at the top of the popup saying what the page offered, with the next step. */
import { t } from '../../ui/i18n.ts';
import type { TabReadingState } from './use-tab-reading.ts';

interface Props {
  reading: TabReadingState;
  onReview: () => void;
  onAddByHand: () => void;
}

export function CaptureBanner({ reading, onReview, onAddByHand }: Props) {
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
