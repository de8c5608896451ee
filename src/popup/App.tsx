// Only routes between the popup's views, each its own component; the first is painted from the snapshot before the database answers (home-data.ts).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { aboutSource } from '../capture/sites/about.ts';
import type { Capture } from '../core/capture/capture.ts';
import type { Interview } from '../core/types.ts';
import type { FilingResult } from '../db/file-capture.ts';
import type { Weighed } from '../ui/capture/CaptureView.tsx';
import { t } from '../i18n.ts';
import { lazyView } from '../ui/lazy.tsx';
import { openDashboardFromPopup } from '../ui/open-dashboard.ts';
import type { PopupState } from '../db/popup-snapshot.ts';
import type { Filed } from './capture/CaptureBanner.tsx';
import { useTabReading, type TabReadingState } from './capture/use-tab-reading.ts';
import { usePopupState } from './home-data.ts';
import { Home } from './Home.tsx';

export type View =
  /** `focus` moves the keyboard to the interview shown (after "Open"). */
  | { name: 'home'; focusId?: string; focus?: boolean }
  | { name: 'edit'; interview: Interview | null }
  /** `weighed`: what the popup read to decide the page adds something, for the review to show at once. */
  | { name: 'capture'; capture: Capture; url: string; weighed?: Weighed }
  | { name: 'compose'; interviewId: string };

// Shown only after a click or a capture: loaded then, not when the popup opens.
const InterviewForm = lazyView(() => import('../ui/components/InterviewForm.tsx').then((m) => m.InterviewForm));
const Composer = lazyView(() => import('../ui/compose/Composer.tsx').then((m) => m.Composer));
const CaptureView = lazyView(() => import('../ui/capture/CaptureView.tsx').then((m) => m.CaptureView));

/** Whether the page's reading is one the review is offered for: something found, from a source read with confidence. */
function offers(reading: TabReadingState): reading is Extract<TabReadingState, { kind: 'found' }> {
  return reading.kind === 'found' && aboutSource(reading.capture.source).confident;
}

export function App({ snapshot = null }: { snapshot?: PopupState | null }) {
  const [view, setView] = useState<View>({ name: 'home' });
  const [notice, setNotice] = useState('');
  // Where this page's capture is filed, once it is: the banner then says so instead of offering it again.
  const [filed, setFiled] = useState<Filed | null>(null);
  const data = usePopupState(snapshot);
  const reading = useTabReading();
  // The reading whose capture was weighed against what is stored; until then the banner still says the page is being read.
  const [weighedFor, setWeighedFor] = useState<TabReadingState | null>(null);

  // A page that adds something opens the review; a page already filed keeps home, on the interview it is filed under.
  // Asked before the view changes, so the popup does not show the review on its way back home.
  useEffect(() => {
    if (!offers(reading)) return;
    const { capture, url } = reading;
    let live = true;
    const review = (weighed?: Weighed) => setView((shown) => (shown.name === 'home' ? { name: 'capture', capture, url, weighed } : shown));
    // The review's code comes with the question; loaded through the view, the review then shows without a loading line.
    void CaptureView.preload()
      .then(() => import('../ui/capture/CaptureView.tsx'))
      .then((m) => m.whereFiled(capture))
      .then(
        ({ filed: interview, weighed }) => {
          if (!live) return;
          if (!interview) return review(weighed);
          setFiled({ interview, before: true });
          setView((shown) => (shown.name === 'home' && !shown.focusId ? { name: 'home', focusId: interview.id } : shown));
        },
        // The review says what went wrong.
        () => live && review(),
      )
      .finally(() => live && setWeighedFor(reading));
    return () => {
      live = false;
    };
  }, [reading]);

  const home = (message = '', focusId?: string, focus = false) => {
    data.state.reload();
    setNotice(message);
    setView(focusId ? { name: 'home', focusId, focus } : { name: 'home' });
  };

  const openFiled = (interview: Interview, before: boolean) => {
    setFiled({ interview, before });
    home('', interview.id, true);
  };
  const captured = (result: FilingResult) => openFiled(result.interview, false);

  let body: ComponentChildren;
  if (view.name === 'edit') {
    const editing = view.interview;
    body = <InterviewForm interview={editing} onSaved={(saved) => home(t('saved'), saved.id)} onCancel={() => home('', editing?.id)} />;
  } else if (view.name === 'compose') {
    const writing = view.interviewId;
    body = <Composer interviewId={writing} onClose={() => home('', writing)} />;
  } else if (view.name === 'capture') {
    body = <CaptureView capture={view.capture} url={view.url} weighed={view.weighed} onSaved={captured} onCancel={() => home()} onOpen={(interview) => openFiled(interview, true)} />;
  } else {
    body = (
      <Home
        reading={offers(reading) && weighedFor !== reading ? { kind: 'reading' } : reading}
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
