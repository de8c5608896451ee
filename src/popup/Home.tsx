// One screen at 400 × 600: other interviews are a switcher away, and the notes and tidbits of the interview shown open on demand.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { PopupState } from '../db/popup-snapshot.ts';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { InterviewPanel } from '../ui/components/InterviewPanel.tsx';
import { DueList } from '../ui/followups/DueList.tsx';
import { nextStepLabel } from '../ui/followups/touch-words.ts';
import { useBroadcast } from '../ui/use-broadcast.ts';
import { errorText, t } from '../i18n.ts';
import { markInteractive } from '../ui/interactive-mark.ts';
import { lazyView } from '../ui/lazy.tsx';
import { useInterviewDetail } from '../ui/use-interview-detail.ts';
import type { View } from './App.tsx';
import { CaptureBanner, type Filed } from './capture/CaptureBanner.tsx';
import type { TabReadingState } from './capture/use-tab-reading.ts';
import type { PopupData } from './home-data.ts';
import { Switcher } from './Switcher.tsx';

interface Props {
  reading: TabReadingState;
  data: PopupData;
  notice: string;
  /** Where this page's capture is filed, once it is. */
  filed: Filed | null;
  /** The interview shown up close; defaults to the one focusOf chooses (the open one that most recently took place). */
  focusId: string | null;
  /** Move the keyboard to it. */
  focus: boolean;
  onNavigate: (view: View) => void;
}

// Opened on demand, so loaded then.
const NotesSection = lazyView(() => import('./NotesSection.tsx').then((m) => m.NotesSection));
const TidbitLibrary = lazyView(() => import('../ui/tidbits/TidbitLibrary.tsx').then((m) => m.TidbitLibrary));
// Below the fold, as the invitation import is used less than the rest.
const PopupIcsImport = lazyView(() => import('./capture/PopupIcsImport.tsx').then((m) => m.PopupIcsImport), true);
// Below the interview's actions, often empty: it may arrive a moment after the popup opens.
const PromiseList = lazyView(() => import('../ui/compose/PromiseList.tsx').then((m) => m.PromiseList), true);
// Only for an interview with nobody on it yet.
const AddPersonForm = lazyView(() => import('../ui/components/AddPersonForm.tsx').then((m) => m.AddPersonForm));

export function Home({ reading, data, notice, filed, focusId, focus, onNavigate }: Props) {
  const state: PopupState | null = data.state.value;
  // The interview the candidate most likely wants: the one they picked, else focusOf's (the open one that most recently took place).
  const focusedId = focusId ?? state?.first?.interview.id ?? null;
  // The first read brought the first interview's people; while it is read again they may be out of date.
  const detail = useInterviewDetail(focusedId, data.state.current ? state?.first : undefined);
  const add = () => onNavigate({ name: 'edit', interview: null });
  const ready = state !== null && (!focusedId || detail.value !== null);
  useLayoutEffect(() => {
    if (ready) markInteractive();
  }, [ready]);
  const shown = detail.value;
  const reloadAll = () => {
    detail.reload();
    data.state.reload();
  };
  // What to write next moves when touches do (one came due, a re-plan moved them): the primary action says it again.
  useBroadcast('touchesChanged', detail.reload);

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
        onOpenFiled={filed && filed.interview.id !== focusedId ? () => onNavigate({ name: 'home', focusId: filed.interview.id, focus: true }) : undefined}
        onAddByHand={add}
      />
      <DueList variant="popup" loaded={data.due} />
      {data.state.error && <p role="alert">{errorText(data.state.error)}</p>}
      {!state && !data.state.error && <p aria-busy="true">{t('loading')}</p>}
      {state?.total === 0 && (
        <EmptyState title={t('emptyInterviewsTitle')}>
          <p>{t('emptyInterviewsBody')}</p>
          <button type="button" class="button button--primary" data-action="add-interview" onClick={add}>
            {t('addInterview')}
          </button>
        </EmptyState>
      )}
      {shown && (
        <InterviewPanel
          key={shown.interview.id}
          detail={shown}
          focus={focus && shown.interview.id === focusId}
          onChanged={reloadAll}
          onEdit={() => onNavigate({ name: 'edit', interview: shown.interview })}
          actions={
            <>
              {shown.interviewers.length > 0 ? (
                <button type="button" class="button button--primary" data-action="compose" data-step={shown.nextStep ?? 'none'} onClick={() => onNavigate({ name: 'compose', interviewId: shown.interview.id })}>
                  {nextStepLabel(shown.nextStep)}
                </button>
              ) : (
                // Nobody to write to yet: the first thing to do is to say who they were.
                <AddPersonForm interviewId={shown.interview.id} company={shown.interview.company} onAdded={reloadAll} primary />
              )}
              <Switcher currentId={shown.interview.id} onOpen={(interview) => onNavigate({ name: 'home', focusId: interview.id, focus: true })} />
            </>
          }
        >
          <PromiseList key={shown.interview.id} interviewId={shown.interview.id} />
          <OnDemand name="notes" label={t('popupNotesSection')}>
            {/* The notes boxes start from what they are given: only from the database, never from the snapshot. */}
            {data.confirmed && detail.current ? <NotesSection detail={shown} onChanged={reloadAll} /> : <p aria-busy="true">{t('loading')}</p>}
          </OnDemand>
          <OnDemand name="tidbits" label={t('popupTidbitsSection')}>
            <TidbitLibrary interviewId={shown.interview.id} headingId="popup-tidbits-heading" />
          </OnDemand>
        </InterviewPanel>
      )}
      <PopupIcsImport onCapture={(capture) => onNavigate({ name: 'capture', capture, url: '' })} />
    </>
  );
}

/**
 * A section of the interview that is drawn, and its code loaded, only once it
 * is opened. Its summary is its one heading (`popup-<name>-heading`), which
 * what it holds may point to rather than bring a second.
 */
function OnDemand({ name, label, children }: { name: string; label: string; children: preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="on-demand" data-section={name} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h3 id={`popup-${name}-heading`} class="on-demand__heading" tabIndex={-1}>
          {label}
        </h3>
      </summary>
      {open && children}
    </details>
  );
}
