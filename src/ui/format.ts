/** Dates and times as the user's browser language writes them. */
import { INTERVIEW_STATUSES, type Interview, type InterviewStatus } from '../core/types.ts';
import { t, uiLanguage, type MessageKey } from './i18n.ts';

export function formatDay(instant: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

export function formatDayTime(instant: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

/** An interview as the pickers name it ("Acme · Engineer · Tue, Mar 3, 2026"), the same wherever one is chosen. */
export function interviewChoiceLabel(interview: Pick<Interview, 'company' | 'role' | 'start'>): string {
  return [interview.company, interview.role, formatDay(interview.start)].filter(Boolean).join(' · ');
}

const STATUS_KEYS: Record<InterviewStatus, MessageKey> = {
  awaiting: 'statusAwaiting',
  'next-round': 'statusNextRound',
  offer: 'statusOffer',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
};

export function statusLabel(status: InterviewStatus): string {
  return t(STATUS_KEYS[status]);
}

export const STATUS_OPTIONS = INTERVIEW_STATUSES.map((value) => ({ value, label: () => statusLabel(value) }));
