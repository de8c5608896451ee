// Only routes between the popup's views, each its own component; the first is painted from the snapshot before the database answers (home-data.ts).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { aboutSource } from '../capture/sites/about.ts';
import type { Capture } from '../core/capture/capture.ts';
import type { Interview } from '../core/types.ts';
import type { FilingResult } from '../db/file-capture.ts';
import { t } from '../i18n.ts';
import { lazyView } from '../ui/lazy.tsx';
import { openDashboardFromPopup } from '../ui/open-dashboard.ts';
import type { PopupState } from '../db/popup-snapshot.ts';
import { useTabReading } from './capture/use-tab-reading.ts';
import { usePopupState } from './home-data.ts';
import { Home } from './Home.tsx';

export type View =
  /** `focus` moves the keyboard to the interview shown (after "Open"). */
  | { name: 'home'; focusId?: string; focus?: boolean }
  | { name: 'edit'; interview: Interview | null }
  | { name: 'capture'; capture: Capture; url: string }
  | { name: 'compose'; interviewId: string };

// Shown only after a click or a capture: loaded then, not when the popup opens.
const InterviewForm = lazyView(() => import('../ui/components/InterviewForm.tsx').then((m) => m.InterviewForm));
const Composer = lazyView(() => import('../ui/compose/Composer.tsx').then((m) => m.Composer));
const CaptureView = lazyView(() => import('../ui/capture/CaptureView.tsx').then((m) => m.CaptureView));


export function App({ snapshot = null }: { snapshot?: PopupState | null }) {
  const [view, setView] = useState<View>({ name: 'home' });
  const [notice, setNotice] = useState('');
  // Where this page's capture is filed, once it is: the banner then says so instead of offering it again.
  const [filed, setFiled] = useState<Interview | null>(null);
  const data = usePopupState(snapshot);
  const reading = useTabReading();

  useEffect(() => {
    if (reading.kind === 'found' && aboutSource(reading.capture.source).confident) {
      setView({ name: 'capture', capture: reading.capture, url: reading.url });
    }
  }, [reading]);

  const home = (message = '', focusId?: string, focus = false) => {
    data.state.reload();
    setNotice(message);
    setView(focusId ? { name: 'home', focusId, focus } : { name: 'home' });
  };

  const openFiled = (interview: Interview) => {
    setFiled(interview);
    home('', interview.id, true);
  };
  const captured = (result: FilingResult) => openFiled(result.interview);

  let body: ComponentChildren;
  if (view.name === 'edit') {
    const editing = view.interview;
    body = <InterviewForm interview={editing} onSaved={(saved) => home(t('saved'), saved.id)} onCancel={() => home('', editing?.id)} />;
  } else if (view.name === 'compose') {
    const writing = view.interviewId;
    body = <Composer interviewId={writing} onClose={() => home('', writing)} />;
  } else if (view.name === 'capture') {
    body = <CaptureView capture={view.capture} url={view.url} onSaved={captured} onCancel={() => home()} onOpen={openFiled} />;
  } else {
    body = (
      <Home
        reading={reading}
        data={data}
        notice={notice}
        filed={filed}
        focusId={view.focusId ?? null}
        focus={view.focus ?? false}
        onNavigate={(next) => {
          setNotice('');
          setView(next);
        }}
      />
    );
  }

  return (
    <div class="page page--popup">
      <header class="topbar">
        <h1 class="brand">{t('extName')}</h1>
        <span>
          {view.name === 'home' && (
            <button type="button" class="link-button" data-action="add-interview" onClick={() => setView({ name: 'edit', interview: null })}>
              {t('addInterview')}
            </button>
          )}
          <button type="button" class="link-button" onClick={() => void openDashboardFromPopup()}>
            {t('openDashboard')}
          </button>
        </span>
      </header>
      <main>{body}</main>
    </div>
  );
}
