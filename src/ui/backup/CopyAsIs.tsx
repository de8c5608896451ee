// The way out on the pages that show when something failed (the upgrade banner, a page's error screen): the data exactly as it is stored.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { errorText, t } from '../../i18n.ts';
import { saveCopyAsIs } from './read-as-is.ts';

export function CopyAsIs({ children }: { children?: ComponentChildren }) {
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const download = async () => {
    setStatus('');
    setFailure('');
    try {
      const fileName = await saveCopyAsIs();
      setStatus(fileName ? t('upgradeCopySaved', fileName) : t('copyNothingStored'));
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  return (
    <>
      <div class="actions">
        <button type="button" class="button button--primary" data-action="download-as-is" onClick={() => void download()}>
          {t('upgradeDownloadCopy')}
        </button>
        {children}
      </div>
      <p class="notice" role="status">
        {status}
      </p>
      {failure && <p class="form-summary">{failure}</p>}
    </>
  );
}
