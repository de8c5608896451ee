/** The popup's first view: what the page offers, the latest interview up close, then the others. */
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Interview } from '../core/types.ts';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { InterviewList } from '../ui/components/InterviewList.tsx';
import { InterviewPanel } from '../ui/components/InterviewPanel.tsx';
import { DueList } from '../ui/followups/DueList.tsx';
import { t } from '../ui/i18n.ts';
import { markInteractive } from '../ui/interactive-mark.ts';
import { lazyView } from '../ui/lazy.tsx';
import { useInterviewDetail } from '../ui/use-interview-detail.ts';
import type { Loaded } from '../ui/use-interviews.ts';
import type { View } from './App.tsx';
import { CaptureBanner } from './capture/CaptureBanner.tsx';
import { PopupIcsImport } from './capture/PopupIcsImport.tsx';
import type { TabReadingState } from './capture/use-tab-reading.ts';

interface Props {
  reading: TabReadingState;
  interviews: Loaded<Interview[]>;
  notice: string;
  /** The interview shown up close; defaults to the latest open one. */
  focusId: string | null;
  onNavigate: (view: View) => void;
}

// Below the latest interview, so it may arrive a moment after the popup opens.
const TidbitLibrary = lazyView(() => import('../ui/tidbits/TidbitLibrary.tsx').then((m) => m.TidbitLibrary));

/** The popup lists a few recent interviews; the dashboard has them all. */
const POPUP_LIST_LIMIT = 8;

/** The interview the candidate most likely wants: the latest still open, else the latest. */
export function latestInterview(interviews: Interview[]): Interview | undefined {
  return interviews.find((i) => i.status === 'awaiting' || i.status === 'next-round') ?? interviews[0];
}

export function Home({ reading, interviews, notice, focusId, onNavigate }: Props) {
  const list = interviews.value ?? [];
  const focus = (focusId && list.find((i) => i.id === focusId)) || latestInterview(list);
  const detail = useInterviewDetail(focus?.id ?? null);
  const add = () => onNavigate({ name: 'edit', interview: null });
  const others = list.filter((i) => i.id !== focus?.id);
  const ready = interviews.value !== null && (!focus || detail.value !== null);
  useEffect(() => {
    if (ready) markInteractive();
  }, [ready]);

  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <CaptureBanner
        reading={reading}
        onReview={() => reading.kind === 'found' && onNavigate({ name: 'capture', capture: reading.capture, url: reading.url })}
        onAddByHand={add}
      />
      <DueList variant="popup" />
      {interviews.error && <p role="alert">{t('errorPrefix', interviews.error)}</p>}
      {!interviews.value && !interviews.error && <p aria-busy="true">{t('loading')}</p>}
      {interviews.value?.length === 0 && (
        <EmptyState title={t('emptyInterviewsTitle')}>
          <p>{t('emptyInterviewsBody')}</p>
          <button type="button" class="button button--primary" data-action="add-interview" onClick={add}>
            {t('addInterview')}
          </button>
        </EmptyState>
      )}
      {detail.value && (
        <InterviewPanel
          key={detail.value.interview.id}
          detail={detail.value}
          onChanged={detail.reload}
          onEdit={() => onNavigate({ name: 'edit', interview: detail.value!.interview })}
          actions={
            <button type="button" class="button button--primary" data-action="compose" onClick={() => onNavigate({ name: 'compose', interviewId: detail.value!.interview.id })}>
              {t('composeOpen')}
            </button>
          }
        />
      )}
      {detail.value && <TidbitLibrary key={detail.value.interview.id} interviewId={detail.value.interview.id} />}
      {list.length > 0 && (
        <section aria-labelledby="interviews-heading" class="other-interviews">
          <div class="section-head">
            <h2 id="interviews-heading">{others.length > 0 ? t('otherInterviews') : t('interviewsHeading')}</h2>
            <button type="button" class="button" data-action="add-interview" onClick={add}>
              {t('addInterview')}
            </button>
          </div>
          {others.length > 0 && (
            <InterviewList interviews={others.slice(0, POPUP_LIST_LIMIT)} onOpen={(interview) => onNavigate({ name: 'home', focusId: interview.id })} />
          )}
          {others.length > POPUP_LIST_LIMIT && (
            <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
              {t('seeAllInterviews', String(list.length))}
            </button>
          )}
        </section>
      )}
      <PopupIcsImport onCapture={(capture) => onNavigate({ name: 'capture', capture, url: '' })} />
    </>
  );
}
