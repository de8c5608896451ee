// The notes and people of one interview, opened from its card.
import { AddPersonForm } from '../components/AddPersonForm.tsx';
import { InterviewPeople } from '../components/InterviewPeople.tsx';
import { NotesBox } from '../components/NotesBox.tsx';
import { t } from '../../i18n.ts';
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
      <InterviewPeople interviewId={interview.id} people={people} onChanged={onPeopleChanged} />
      <AddPersonForm interviewId={interview.id} company={interview.company} onAdded={onPeopleChanged} />
    </div>
  );
}
