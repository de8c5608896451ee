// One interview up close, as the popup shows it on its one screen.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatWhen, statusLabel } from '../format.ts';
import { formatCount, t } from '../../i18n.ts';
import type { InterviewDetail } from '../use-interview-detail.ts';
import { CompanyDetails } from './CompanyDetails.tsx';
import { InterviewPeople } from './InterviewPeople.tsx';

interface Props {
  detail: InterviewDetail;
  onChanged: () => void;
  onEdit: () => void;
  /** Move the keyboard to this interview when it appears (after "Open" or the switcher). */
  focus?: boolean;
  /** Actions offered for the whole interview (write the notes, switch to another …). */
  actions?: ComponentChildren;
  /** What opens on demand below the people. */
  children?: ComponentChildren;
}

export function InterviewPanel({ detail, onChanged, onEdit, focus = false, actions, children }: Props) {
  const { interview, interviewers } = detail;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section class="interview-panel" aria-labelledby={`ip-${interview.id}`} data-interview={interview.id}>
      <div class="interview-panel__head">
        <h2 id={`ip-${interview.id}`} tabIndex={-1} ref={heading}>
          {interview.company}
          {interview.role && <span class="muted"> · {interview.role}</span>}
        </h2>
        <p class="muted interview-panel__meta">
          {formatWhen(interview)} · {t('roundLabel', formatCount(interview.round))} · {statusLabel(interview.status)}
        </p>
        <CompanyDetails interview={interview} />
      </div>
      <div class="actions interview-panel__actions">
        {actions}
        <button type="button" class="link-button" onClick={onEdit}>
          {t('edit')}
        </button>
      </div>
      <h3 class="interview-panel__people">{t('interviewersHeading')}</h3>
      <InterviewPeople interviewId={interview.id} people={interviewers} onChanged={onChanged} notes={false} />
      {children}
    </section>
  );
}
