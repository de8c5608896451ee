/** What a page shows in place of itself when it failed to render (see ErrorBoundary): what failed, and the ways out. */
import { cleanLine } from '../../core/text.ts';
import { CopyAsIs } from '../backup/CopyAsIs.tsx';
import { errorDetail, t } from '../../i18n.ts';

export function PageError({ error }: { error: unknown }) {
  return (
    <div class="page page--error">
      <h1 class="brand">{t('extName')}</h1>
      <main>
        <div class="banner banner--error" role="alert" aria-labelledby="page-error-heading">
          <div>
            <h2 id="page-error-heading">{t('pageErrorTitle')}</h2>
            <p>{t('pageErrorWhat', cleanLine(errorDetail(error), 300) || '—')}</p>
            <p>{t('pageErrorNext')}</p>
            <CopyAsIs>
              <button type="button" class="button" data-action="reload" onClick={() => location.reload()}>
                {t('pageErrorReload')}
              </button>
            </CopyAsIs>
          </div>
        </div>
      </main>
    </div>
  );
}
