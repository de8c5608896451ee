/** The options page, which is Afterview's dashboard: every interview, and editing them. */
import { useState } from 'preact/hooks';
import type { Interview } from '../core/types.ts';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { InterviewForm } from '../ui/components/InterviewForm.tsx';
import { InterviewList } from '../ui/components/InterviewList.tsx';
import { TemplateEditor } from '../ui/compose/TemplateEditor.tsx';
import { t } from '../ui/i18n.ts';
import { useInterviews } from '../ui/use-interviews.ts';

export function App() {
  const interviews = useInterviews();
  const [editing, setEditing] = useState<{ interview: Interview | null } | null>(null);
  const done = () => {
    setEditing(null);
    interviews.reload();
  };

  return (
    <div class="page page--options">
      <header class="topbar">
        <h1 class="brand">{t('extName')}</h1>
        <p class="tagline">{t('appTagline')}</p>
      </header>
      <main class="dashboard">
        <section aria-labelledby="dash-interviews">
          <div class="section-head">
            <h2 id="dash-interviews">{t('interviewsHeading')}</h2>
            <button type="button" class="button button--primary" data-action="add-interview" onClick={() => setEditing({ interview: null })}>
              {t('addInterview')}
            </button>
          </div>
          {editing && <InterviewForm interview={editing.interview} onSaved={done} onCancel={() => setEditing(null)} />}
          {interviews.error && <p role="alert">{t('errorPrefix', interviews.error)}</p>}
          {!interviews.value && !interviews.error && <p aria-busy="true">{t('loading')}</p>}
          {interviews.value?.length === 0 && !editing && (
            <EmptyState title={t('emptyInterviewsTitle')}>
              <p>{t('emptyInterviewsBody')}</p>
            </EmptyState>
          )}
          {interviews.value && interviews.value.length > 0 && (
            <InterviewList interviews={interviews.value} onOpen={(interview) => setEditing({ interview })} />
          )}
        </section>
        <TemplateEditor />
      </main>
      <footer class="footer">
        <p>{t('privacyNote')}</p>
      </footer>
    </div>
  );
}
