/** The interviews, most recent first, each opening its editor. */
import type { Interview } from '../../core/types.ts';
import { formatDay, statusLabel } from '../format.ts';
import { formatCount, t } from '../i18n.ts';

interface Props {
  interviews: Interview[];
  onOpen: (interview: Interview) => void;
}

export function InterviewList({ interviews, onOpen }: Props) {
  return (
    <ul class="interview-list" aria-label={t('interviewsHeading')}>
      {interviews.map((interview) => (
        <li key={interview.id}>
          <button type="button" class="interview-item" onClick={() => onOpen(interview)}>
            <span class="interview-item__company">{interview.company}</span>
            {interview.role && <span class="interview-item__role">{interview.role}</span>}
            <span class="interview-item__meta">
              {formatDay(interview.start)} · {t('roundLabel', formatCount(interview.round))}
            </span>
            <span class={`status status--${interview.status}`}>{statusLabel(interview.status)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
