import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { snoozeChoices, type SnoozeChoice } from '../../core/cadence/touch-actions.ts';
import { workCalendar } from '../../core/cadence/work-calendar.ts';
import type { Touch } from '../../core/types.ts';
import { errorText, formatCount, t, type MessageKey } from '../../i18n.ts';
import { openDashboardFromPopup } from '../open-dashboard.ts';
import { CalendarExport } from './CalendarExport.tsx';
import { dueView } from './due-view.ts';
import { DueItem, type DueAction, type SnoozeMenuChoice } from './DueItem.tsx';
import { EmptyDue } from './EmptyDue.tsx';
import type { DueEntry } from '../../db/due-entries.ts';
import { openComposerTab, skipDueTouch, snoozeDueTouch, unskipDueTouch } from './touch-commands.ts';
import { taskText } from './touch-words.ts';
import { useDueEntries, type DueData } from './use-due-entries.ts';
import type { Loaded } from '../use-loaded.ts';
import { POPUP_DUE_LIMIT } from '../../db/popup-snapshot.ts';
import { whenText } from '../format.ts';

interface Props {
  variant: 'popup' | 'dashboard';
  /** Replaces opening the composer's own page, for a page that shows the composer itself. */
  onWrite?: (touch: Touch) => void;
  /** Whether to offer the .ics export; the dashboard does by default (a popup may close before a download starts). */
  calendarExport?: boolean;
  /**
   * The id of a heading the page already gives the list (the dashboard's Due
   * section); without one, the list brings its own ("Follow-ups due (2)").
   */
  headingId?: string;
  /** The list's data when the page reads it with its own (the popup's one read for its first screen). */
  loaded?: Loaded<DueData>;
}

type ListName = 'due' | 'upcoming';

const SNOOZE_KEYS: Record<SnoozeChoice, MessageKey> = {
  'later-today': 'snoozeLaterToday',
  tomorrow: 'snoozeTomorrow',
  'next-week': 'snoozeNextWeek',
};

const OWN_HEADING_ID = 'due-list-heading';

/**
 * The follow-ups due now, first thing in the popup and in the dashboard's Due
 * section, with Write it, Snooze and Skip; then the next few coming up (in the
 * popup only when nothing is due), each of which can be sent early; when
 * nothing is due, it says what comes next (EmptyDue). After an
 * action the focus moves to the next follow-up (or the heading) and a live
 * region says what happened ("Snoozed until Wed 9:00 AM").
 */
export function DueList({ variant, onWrite, calendarExport = variant === 'dashboard', headingId, loaded }: Props) {
  const own = useDueEntries(variant === 'popup' ? POPUP_DUE_LIMIT : undefined, loaded === undefined);
  const data = loaded ?? own;
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  // The touch as it was before it was skipped, while the skip can be undone.
  const [skipped, setSkipped] = useState<DueEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const refocus = useRef<{ list: ListName; index: number } | null>(null);
  const root = useRef<HTMLElement>(null);
  const labelId = headingId ?? OWN_HEADING_ID;

  // The item acted on is gone after the reload: move on to the one that took its place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each reload (data.value), reading refs.
  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target || !root.current) return;
    refocus.current = null;
    const items = root.current.querySelectorAll(`[data-list="${target.list}"] > li`);
    const item = items[Math.min(target.index, items.length - 1)];
    const control = item?.querySelector<HTMLElement>('button:not([disabled])') ?? document.getElementById(labelId);
    if (control && !control.matches('button') && !control.hasAttribute('tabindex')) control.setAttribute('tabindex', '-1');
    control?.focus();
  }, [data.value]);

  if (data.error) return <p role="alert">{errorText(data.error)}</p>;
  if (!data.value) return variant === 'dashboard' ? <p aria-busy="true">{t('loading')}</p> : null;
  const { entries, now, dueCount, settings } = data.value;
  // The popup has no room for an empty section when nothing is planned at all.
  if (variant === 'popup' && entries.length === 0 && !status && !failure) return null;
  const whole = dueView(entries, now);
  // The popup lists the longest-waiting few and links to the rest; the dashboard lists them all.
  const view = variant === 'popup' ? { ...whole, due: whole.due.slice(0, POPUP_DUE_LIMIT) } : whole;
  // The popup has one screen: what is coming up shows there only when nothing is due.
  const nextUp = view.due.length === 0 ? view.upcoming.filter((e) => e !== view.next) : variant === 'popup' ? [] : view.upcoming;

  // Each choice says when the touch comes back, so nobody has to guess what "later today" means at 17:30.
  const snoozeMenu: SnoozeMenuChoice[] = snoozeChoices(now, workCalendar(settings)).map(({ choice, at }) => ({ key: choice, label: t(SNOOZE_KEYS[choice], whenText(at, now)) }));

  const act = async (entry: DueEntry, action: DueAction, list: ListName, index: number) => {
    setStatus('');
    setFailure('');
    setSkipped(null);
    try {
      if (action.kind === 'write') {
        if (onWrite) onWrite(entry.touch);
        else await openComposerTab(entry.touch, variant === 'popup');
        return;
      }
      setBusy(true);
      const at = Date.now();
      const changed = action.kind === 'snooze' ? await snoozeDueTouch(entry.touch.id, action.choice, at) : await skipDueTouch(entry.touch.id);
      let text: string;
      if (!changed) text = t('dueGone');
      else if (action.kind === 'snooze') text = t('dueSnoozedUntil', whenText(changed.dueAt, at));
      else text = t('dueSkipped', taskText(entry));
      setStatus(text);
      if (changed && action.kind === 'skip') setSkipped(entry);
      refocus.current = { list, index };
      data.reload();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const undoSkip = async (entry: DueEntry) => {
    setSkipped(null);
    setBusy(true);
    try {
      const back = await unskipDueTouch(entry.touch);
      setStatus(back ? t('dueUnskipped', taskText(entry)) : t('dueGone'));
      data.reload();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const items = (list: ListName, shown: DueEntry[]) =>
    shown.map((entry, index) => (
      <DueItem
        key={entry.touch.id}
        entry={entry}
        mode={list}
        now={now}
        busy={busy}
        snoozeMenu={snoozeMenu}
        onAction={(e, action) => void act(e, action, list, index)}
      />
    ));

  const body = (
    <>
      {view.due.length > 0 ? (
        <ul class="due-items" data-list="due" aria-labelledby={labelId}>
          {items('due', view.due)}
        </ul>
      ) : null}
      {dueCount > view.due.length && (
        <button type="button" class="link-button" data-action="due-more" onClick={() => void openDashboardFromPopup('due')}>
          {t('dueMoreInDashboard', formatCount(dueCount - view.due.length))}
        </button>
      )}
      {view.due.length > 0 ? null : (
        <EmptyDue next={view.next} now={now} busy={busy} onSendEarly={(entry) => void act(entry, { kind: 'write' }, 'upcoming', 0)} />
      )}
      {nextUp.length > 0 && (
        <>
          <h3 id="due-next-heading" class="due-list__subheading">
            {t('dueNextUpHeading')}
          </h3>
          <ul class="due-items" data-list="upcoming" aria-labelledby="due-next-heading">
            {items('upcoming', nextUp)}
          </ul>
        </>
      )}
      {calendarExport && (
        <CalendarExport
          disabled={view.due.length === 0 && view.next === null}
          onDone={(text, failed) => (failed ? setFailure(text) : setStatus(text))}
        />
      )}
      {failure && (
        <p class="field__error" role="alert">
          {failure}
        </p>
      )}
      {/* Always rendered, so screen readers are already watching it when a message arrives. */}
      <div class="due-list__after">
        <p class="due-list__status" role="status" data-status="due">
          {status}
        </p>
        {skipped && (
          <button type="button" class="link-button" data-action="undo-skip" disabled={busy} onClick={() => void undoSkip(skipped)}>
            {t('undo')}
          </button>
        )}
      </div>
    </>
  );

  if (headingId) {
    return (
      <div ref={root as RefObject<HTMLDivElement>} class={`due-list due-list--${variant}`}>
        {body}
      </div>
    );
  }
  return (
    <section ref={root} class={`due-list due-list--${variant} due-list--boxed`} aria-labelledby={OWN_HEADING_ID}>
      <h2 id={OWN_HEADING_ID} tabIndex={-1}>
        {dueCount > 0 ? t('dueHeading', formatCount(dueCount)) : t('followUpsHeading')}
      </h2>
      {body}
    </section>
  );
}
