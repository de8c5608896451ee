// The buttons sit in a group named after the task, so a screen reader tabbing in hears whose "Write it" this is.
import type { SnoozeChoice } from '../../core/cadence/touch-actions.ts';
import { canSendEarly } from '../../core/cadence/touch-state.ts';
import { MenuButton } from '../components/MenuButton.tsx';
import { t } from '../../i18n.ts';
import type { DueEntry } from '../../db/due-entries.ts';
import { interviewDayText, kindText, taskText } from './touch-words.ts';
import { whenText } from '../format.ts';

/** A snooze choice as the menu offers it, worded with when the touch comes back. */
export interface SnoozeMenuChoice {
  key: SnoozeChoice;
  label: string;
}

export type DueAction = { kind: 'write' } | { kind: 'snooze'; choice: SnoozeChoice } | { kind: 'skip' };

interface Props {
  entry: DueEntry;
  /** Due now: write, snooze or skip. Coming up: send early (not a thank-you before its interview is over: canSendEarly) or skip. */
  mode: 'due' | 'upcoming';
  now: number;
  busy: boolean;
  /** The snooze choices worth offering now (snoozeChoices). */
  snoozeMenu: readonly SnoozeMenuChoice[];
  onAction: (entry: DueEntry, action: DueAction) => void;
}

/**
 * The line under the task. Due now: on which day the interview was ("Interview
 * 2 days ago"); the task already says what kind of note it is ("Check in with
 * …"), and the popup has room for one short line beside the buttons. Coming up:
 * the kind and when it is due.
 */
function metaText(entry: DueEntry, mode: 'due' | 'upcoming', now: number): string {
  const { touch } = entry;
  if (mode === 'due') return interviewDayText(entry.interviewEnd, now);
  const when = touch.status === 'snoozed' ? t('dueSnoozedUntil', whenText(touch.dueAt, now)) : t('dueOn', whenText(touch.dueAt, now));
  return `${kindText(touch.kind)} · ${when}`;
}

export function DueItem({ entry, mode, now, busy, snoozeMenu, onAction }: Props) {
  const id = entry.touch.id;
  const titleId = `due-title-${id}`;
  return (
    <li class={`due-item due-item--${mode}`} data-touch={id}>
      <p class="due-item__task" id={titleId}>
        {taskText(entry)}
      </p>
      <p class="due-item__meta">{metaText(entry, mode, now)}</p>
      <div class="actions due-item__actions" role="group" aria-labelledby={titleId}>
        {(mode === 'due' || canSendEarly(entry.touch, entry.interviewEnd, now)) && (
          <button
            type="button"
            class={mode === 'due' ? 'button button--primary' : 'button'}
            data-action={mode === 'due' ? 'write' : 'send-early'}
            disabled={busy}
            onClick={() => onAction(entry, { kind: 'write' })}
          >
            {mode === 'due' ? t('dueWrite') : t('dueSendEarly')}
          </button>
        )}
        {mode === 'due' && (
          <MenuButton
            id={`snooze-${id}`}
            label={t('dueSnooze')}
            action="snooze"
            choiceAttribute="data-snooze"
            choices={snoozeMenu}
            describedBy={titleId}
            disabled={busy}
            onChoose={(choice) => onAction(entry, { kind: 'snooze', choice })}
          />
        )}
        <button type="button" class="button" data-action="skip" disabled={busy} onClick={() => onAction(entry, { kind: 'skip' })}>
          {t('dueSkip')}
        </button>
      </div>
    </li>
  );
}
