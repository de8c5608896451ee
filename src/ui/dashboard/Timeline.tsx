import type { TouchKind } from '../../core/types.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { formatShortDay } from './short-day.ts';
import type { TimelineStep } from './timeline.ts';

const KIND_KEYS: Record<TouchKind, MessageKey> = {
  'thank-you': 'timelineThankYou',
  'check-in': 'timelineCheckIn',
  'value-add': 'timelineValueAdd',
};

function what(step: TimelineStep): string {
  if (step.state === 'interview') return t('timelineInterview');
  if (step.state === 'today') return t('timelineToday');
  const kind = step.kind ? t(KIND_KEYS[step.kind]) : '';
  return step.people.length > 0 ? t('timelineKindTo', [kind, step.people.join(', ')]) : kind;
}

function when(step: TimelineStep, now: number): string {
  const day = formatShortDay(step.at, now);
  switch (step.state) {
    case 'interview':
    case 'today':
      return day;
    case 'sent':
      return t('timelineSent', day);
    case 'skipped':
      return t('timelineSkipped', day);
    case 'due':
      return t('timelineDue', day);
    case 'snoozed':
      return t('timelineSnoozed', day);
    case 'planned':
      return t('timelinePlanned', day);
  }
}

/**
 * An interview's follow-ups on a line: what was sent, today, what comes next.
 * The state of each step is written out ("sent 4 Mar", "planned for 20 Mar"),
 * not shown by colour alone, and the line is an ordered list for screen readers.
 */
export function Timeline({ steps, now, label }: { steps: TimelineStep[]; now: number; label: string }) {
  const hasTouches = steps.some((s) => s.kind !== null);
  return (
    <div class="timeline">
      <ol class="timeline__line" aria-label={label}>
        {steps.map((step) => (
          <li key={step.key} class={`timeline__step timeline__step--${step.state}`} aria-current={step.state === 'today' ? 'date' : undefined}>
            <span class="timeline__dot" aria-hidden="true" />
            <span class="timeline__what">{what(step)}</span>
            <span class="timeline__when">{when(step, now)}</span>
          </li>
        ))}
      </ol>
      {!hasTouches && <p class="timeline__empty">{t('timelineNothing')}</p>}
    </div>
  );
}
