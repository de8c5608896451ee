/**
 * One interview up close: its notes, and each interviewer with a notes box
 * for what was discussed with them, saved as it is typed. The details fade
 * within hours, so this is the first thing the popup offers after a talk.
 */
import type { ComponentChildren } from 'preact';
import { formatDayTime, statusLabel } from '../format.ts';
import { t } from '../i18n.ts';
import { saveInterviewNotes } from '../interviewer-actions.ts';
import type { InterviewDetail } from '../use-interview-detail.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import { InterviewerNotes } from './InterviewerNotes.tsx';
import { NotesBox } from './NotesBox.tsx';

interface Props {
  detail: InterviewDetail;
  onChanged: () => void;
  onEdit: () => void;
  /** Actions offered for the whole interview (write notes, tidbits …). */
  actions?: ComponentChildren;
}

export function InterviewPanel({ detail, onChanged, onEdit, actions }: Props) {
  const { interview, interviewers } = detail;
  return (
    <section class="interview-panel" aria-labelledby={`ip-${interview.id}`} data-interview={interview.id}>
      <div class="section-head">
        <div>
          <h2 id={`ip-${interview.id}`}>
            {interview.company}
            {interview.role && <span class="muted"> · {interview.role}</span>}
          </h2>
          <p class="muted interview-panel__meta">
            {formatDayTime(interview.start)} · {t('roundLabel', String(interview.round))} · {statusLabel(interview.status)}
          </p>
        </div>
        <button type="button" class="link-button" onClick={onEdit}>
          {t('edit')}
        </button>
      </div>
      {actions && <div class="actions interview-panel__actions">{actions}</div>}
      <h3>{t('interviewersHeading')}</h3>
      {interviewers.length === 0 && <p class="muted">{t('noInterviewersYet')}</p>}
      <ul class="interviewer-list">
        {interviewers.map(({ link, contact }) => (
          <li key={link.id} data-interviewer={link.id}>
            <InterviewerNotes link={link} contact={contact} />
          </li>
        ))}
      </ul>
      <AddPersonForm interviewId={interview.id} company={interview.company} onAdded={onChanged} />
      <NotesBox id={`notes-interview-${interview.id}`} label={t('fieldNotes')} hint={t('fieldNotesHint')} initial={interview.notes} write={(text) => saveInterviewNotes(interview.id, text)} />
    </section>
  );
}
