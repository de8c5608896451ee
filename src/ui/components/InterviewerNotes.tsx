/** The notes box for what was discussed with one interviewer, saved as it is typed. */
import type { InterviewerWithContact } from '../../db/interviewers.ts';
import { t } from '../i18n.ts';
import { saveInterviewerNotes } from '../interviewer-actions.ts';
import { NotesBox } from './NotesBox.tsx';

export function InterviewerNotes({ link, contact }: InterviewerWithContact) {
  return (
    <NotesBox
      id={`notes-${link.id}`}
      label={t('notesAbout', contact.name || contact.email)}
      hint={contact.title || undefined}
      initial={link.notes}
      rows={2}
      write={(text) => saveInterviewerNotes(link.id, text)}
    />
  );
}
