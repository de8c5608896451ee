/**
 * Shown instead of the dashboard when the database could not be opened by
 * this version (see db/open.ts: DatabaseUpgradeError). It says plainly that
 * nothing was lost, and offers a copy of the data exactly as it is stored.
 */
import { useState } from 'preact/hooks';
import { backupFileName } from '../../core/backup/format.ts';
import { errorText, t } from '../i18n.ts';
import { appVersion } from './backup-actions.ts';
import { saveFile } from '../download.ts';
import { backupAsIs } from './read-as-is.ts';

export function UpgradeBanner() {
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const download = async () => {
    setFailure('');
    try {
      const now = Date.now();
      const fileName = backupFileName(now);
      saveFile(await backupAsIs({ appVersion: appVersion(), exportedAt: now }), fileName, 'application/json');
      setStatus(t('upgradeCopySaved', fileName));
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  return (
    <div class="banner banner--error upgrade-banner" role="alert" aria-labelledby="upgrade-heading">
      <div>
        <h2 id="upgrade-heading">{t('upgradeFailedTitle')}</h2>
        <p>{t('upgradeFailedBody')}</p>
        <p>{t('upgradeFailedNext')}</p>
        <div class="actions">
          <button type="button" class="button button--primary" data-action="download-as-is" onClick={() => void download()}>
            {t('upgradeDownloadCopy')}
          </button>
        </div>
        <p class="notice" role="status">
          {status}
        </p>
        {failure && <p class="form-summary">{failure}</p>}
      </div>
    </div>
  );
}
