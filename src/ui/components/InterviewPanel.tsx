/**
 * One interview up close: when and with which company, its notes, and each
 * interviewer with a notes box for what was discussed with them, saved as it
 * is typed. The details fade within hours, so this is the first thing the
 * popup offers after a talk. People can be corrected or taken off right here.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatWhen, statusLabel } from '../format.ts';
import { t } from '../i18n.ts';
import { saveInterviewNotes } from '../interviewer-actions.ts';
import type { InterviewDetail } from '../use-interview-detail.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import { CompanyDetails } from './CompanyDetails.tsx';
import { InterviewPeople } from './InterviewPeople.tsx';
import { NotesBox } from './NotesBox.tsx';

interface Props {
  detail: InterviewDetail;
  onChanged: () => void;
  onEdit: () => void;
  /** Move the keyboard to this interview when it appears (after "Open"). */
  focus?: boolean;
  /** Actions offered for the whole interview (write notes, tidbits …). */
  actions?: ComponentChildren;
}

export function InterviewPanel({ detail, onChanged, onEdit, focus = false, actions }: Props) {
  const { interview, interviewers } = detail;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section class="interview-panel" aria-labelledby={`ip-${interview.id}`} data-interview={interview.id}>
      <div class="section-head">
        <div>
          <h2 id={`ip-${interview.id}`} tabIndex={-1} ref={heading}>
            {interview.company}
            {interview.role && <span class="muted"> · {interview.role}</span>}
          </h2>
          <p class="muted interview-panel__meta">
            {formatWhen(interview)} · {t('roundLabel', String(interview.round))} · {statusLabel(interview.status)}
          </p>
          <CompanyDetails interview={interview} />
        </div>
        <button type="button" class="link-button" onClick={onEdit}>
          {t('edit')}
        </button>
      </div>
      {actions && <div class="actions interview-panel__actions">{actions}</div>}
      <h3>{t('interviewersHeading')}</h3>
      <InterviewPeople interviewId={interview.id} people={interviewers} onChanged={onChanged} />
      <AddPersonForm interviewId={interview.id} company={interview.company} onAdded={onChanged} />
      <NotesBox id={`notes-interview-${interview.id}`} label={t('fieldNotes')} hint={t('fieldNotesHint')} initial={interview.notes} write={(text) => saveInterviewNotes(interview.id, text)} />
    </section>
  );
}
