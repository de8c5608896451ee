/** The toolbar popup: the interviews at a glance, and adding one by hand. */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Interview } from '../core/types.ts';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { InterviewForm } from '../ui/components/InterviewForm.tsx';
import { InterviewList } from '../ui/components/InterviewList.tsx';
import { t } from '../ui/i18n.ts';
import { useInterviews } from '../ui/use-interviews.ts';

type View = { name: 'home' } | { name: 'edit'; interview: Interview | null };

export function App() {
  const [view, setView] = useState<View>({ name: 'home' });
  const interviews = useInterviews();

  const back = () => {
    interviews.reload();
    setView({ name: 'home' });
  };

  return (
    <div class="page page--popup">
      <header class="topbar">
        <h1 class="brand">{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDashboard')}
        </button>
      </header>
      <main>
        {view.name === 'edit' ? (
          <InterviewForm interview={view.interview} onSaved={back} onCancel={back} />
        ) : (
          <Home interviews={interviews.value} error={interviews.error} onAdd={() => setView({ name: 'edit', interview: null })} onOpen={(interview) => setView({ name: 'edit', interview })} />
        )}
      </main>
    </div>
  );
}

interface HomeProps {
  interviews: Interview[] | null;
  error: string | null;
  onAdd: () => void;
  onOpen: (interview: Interview) => void;
}

function Home({ interviews, error, onAdd, onOpen }: HomeProps) {
  if (error) return <p role="alert">{t('errorPrefix', error)}</p>;
  if (!interviews) return <p aria-busy="true">{t('loading')}</p>;
  if (interviews.length === 0) {
    return (
      <EmptyState title={t('emptyInterviewsTitle')}>
        <p>{t('emptyInterviewsBody')}</p>
        <button type="button" class="button button--primary" data-action="add-interview" onClick={onAdd}>
          {t('addInterview')}
        </button>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="interviews-heading">
      <div class="section-head">
        <h2 id="interviews-heading">{t('interviewsHeading')}</h2>
        <button type="button" class="button" data-action="add-interview" onClick={onAdd}>
          {t('addInterview')}
        </button>
      </div>
      <InterviewList interviews={interviews} onOpen={onOpen} />
    </section>
  );
}
