/**
 * The notes of one interview, opened from its card: the interview's own notes
 * and what was discussed with each interviewer, saved as they are typed, and a
 * way to add someone who is missing.
 */
import { AddPersonForm } from '../components/AddPersonForm.tsx';
import { InterviewerNotes } from '../components/InterviewerNotes.tsx';
import { NotesBox } from '../components/NotesBox.tsx';
import { t } from '../i18n.ts';
import { saveInterviewNotes } from '../interviewer-actions.ts';
import type { DashboardEntry } from './dashboard-index.ts';

export function CardNotes({ entry, id, onPeopleChanged }: { entry: DashboardEntry; id: string; onPeopleChanged: () => void }) {
  const { interview, people } = entry;
  return (
    <div class="card-notes" id={id}>
      <NotesBox
        id={`notes-interview-${interview.id}`}
        label={t('fieldNotes')}
        hint={t('fieldNotesHint')}
        initial={interview.notes}
        write={(text) => saveInterviewNotes(interview.id, text)}
      />
      {people.map(({ link, contact }) => (
        <InterviewerNotes key={link.id} link={link} contact={contact} />
      ))}
      <AddPersonForm interviewId={interview.id} company={interview.company} onAdded={onPeopleChanged} />
    </div>
  );
}
