import { useEffect } from 'preact/hooks';
import type { Id } from '../core/types.ts';
import { Composer } from '../ui/compose/Composer.tsx';
import { t } from '../i18n.ts';

interface Props {
  interviewId: Id | null;
  touchId: Id | null;
}

export function ComposePage({ interviewId, touchId }: Props) {
  useEffect(() => {
    document.title = `${t('extName')} — ${t('composeHeading')}`;
  }, []);
  return (
    <div class="page page--compose">
      <header class="topbar">
        <h1 class="brand">{t('extName')}</h1>
      </header>
      <main>
        <Composer interviewId={interviewId} touchId={touchId} />
      </main>
    </div>
  );
}
