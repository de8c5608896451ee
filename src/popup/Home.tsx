/** The popup's first view: what the page offers, the latest interview up close, then the others. */
import { useLayoutEffect } from 'preact/hooks';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { InterviewList } from '../ui/components/InterviewList.tsx';
import { InterviewPanel } from '../ui/components/InterviewPanel.tsx';
import { DueList } from '../ui/followups/DueList.tsx';
import { errorText, t } from '../ui/i18n.ts';
import { markInteractive } from '../ui/interactive-mark.ts';
import { lazyView } from '../ui/lazy.tsx';
import { openDashboardFromPopup } from '../ui/open-dashboard.ts';
import { useInterviewDetail } from '../ui/use-interview-detail.ts';
import type { Interview } from '../core/types.ts';
import type { RecentInterviews } from '../db/interviews.ts';
import type { Loaded } from '../ui/use-interviews.ts';
import type { View } from './App.tsx';
import { CaptureBanner } from './capture/CaptureBanner.tsx';
import { PopupIcsImport } from './capture/PopupIcsImport.tsx';
import type { TabReadingState } from './capture/use-tab-reading.ts';

interface Props {
  reading: TabReadingState;
  interviews: Loaded<RecentInterviews>;
  notice: string;
  /** Where this page's capture was filed, once it is. */
  filed: Interview | null;
  /** The interview shown up close; defaults to the latest open one. */
  focusId: string | null;
  /** Move the keyboard to it. */
  focus: boolean;
  onNavigate: (view: View) => void;
}

// Below the latest interview, so they may arrive a moment after the popup opens.
const TidbitLibrary = lazyView(() => import('../ui/tidbits/TidbitLibrary.tsx').then((m) => m.TidbitLibrary));
const PromiseList = lazyView(() => import('../ui/compose/PromiseList.tsx').then((m) => m.PromiseList), true);

/** The popup lists a few recent interviews; the dashboard has them all. */
export const POPUP_LIST_LIMIT = 8;

export function Home({ reading, interviews, notice, filed, focusId, focus, onNavigate }: Props) {
  const list = interviews.value?.recent ?? [];
  const total = interviews.value?.total ?? 0;
  // The interview the candidate most likely wants: the one they picked, else the latest still open, else the latest.
  const focusedId = focusId ?? interviews.value?.latestOpen?.id ?? list[0]?.id ?? null;
  // The first read brought the first interview's people; while the list is re-read they may be out of date.
  const detail = useInterviewDetail(focusedId, interviews.current ? interviews.value?.first : undefined);
  const add = () => onNavigate({ name: 'edit', interview: null });
  const others = list.filter((i) => i.id !== focusedId);
  const ready = interviews.value !== null && (!focusedId || detail.value !== null);
  useLayoutEffect(() => {
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
        filed={filed}
        onReview={() => reading.kind === 'found' && onNavigate({ name: 'capture', capture: reading.capture, url: reading.url })}
        onOpenFiled={() => filed && onNavigate({ name: 'home', focusId: filed.id, focus: true })}
        onAddByHand={add}
      />
      <DueList variant="popup" />
      {interviews.error && <p role="alert">{errorText(interviews.error)}</p>}
      {!interviews.value && !interviews.error && <p aria-busy="true">{t('loading')}</p>}
      {interviews.value?.total === 0 && (
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
          focus={focus && detail.value.interview.id === focusId}
          onChanged={detail.reload}
          onEdit={() => onNavigate({ name: 'edit', interview: detail.value!.interview })}
          actions={
            <>
              <button type="button" class="button button--primary" data-action="compose" onClick={() => onNavigate({ name: 'compose', interviewId: detail.value!.interview.id })}>
                {t('composeOpen')}
              </button>
              <PromiseList key={detail.value.interview.id} interviewId={detail.value.interview.id} />
            </>
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
          {others.length > 0 && <InterviewList interviews={others} onOpen={(interview) => onNavigate({ name: 'home', focusId: interview.id })} />}
          {total > list.length && (
            <button type="button" class="link-button" onClick={() => void openDashboardFromPopup()}>
              {t('seeAllInterviews', String(total))}
            </button>
          )}
        </section>
      )}
      <PopupIcsImport onCapture={(capture) => onNavigate({ name: 'capture', capture, url: '' })} />
    </>
  );
}
