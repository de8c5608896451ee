// Shown instead of the dashboard on a DatabaseUpgradeError (db/open.ts): nothing was lost, a copy, and a way to try again once the cause (a full disk, say) is gone.
import { t } from '../../i18n.ts';
import { CopyAsIs } from './CopyAsIs.tsx';

interface Props {
  /** Nothing was stored yet: the very first setup of the database failed. */
  firstRun: boolean;
}

export function UpgradeBanner({ firstRun }: Props) {
  return (
    <div class="banner banner--error upgrade-banner" role="alert" aria-labelledby="upgrade-heading">
      <div>
        <h2 id="upgrade-heading">{t(firstRun ? 'setupFailedTitle' : 'upgradeFailedTitle')}</h2>
        <p>{t(firstRun ? 'setupFailedBody' : 'upgradeFailedBody')}</p>
        <p>{t(firstRun ? 'setupFailedNext' : 'upgradeFailedNext')}</p>
        <CopyAsIs>
          <button type="button" class="button" data-action="try-again" onClick={() => location.reload()}>
            {t('tryAgain')}
          </button>
        </CopyAsIs>
      </div>
    </div>
  );
}
