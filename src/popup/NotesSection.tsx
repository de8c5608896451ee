import { AddPersonForm } from '../ui/components/AddPersonForm.tsx';
import { PeopleNotes } from '../ui/components/InterviewPeople.tsx';
import { NotesBox } from '../ui/components/NotesBox.tsx';
import { t } from '../i18n.ts';
import { saveInterviewNotes } from '../ui/interviewer-actions.ts';
import type { InterviewDetail } from '../ui/use-interview-detail.ts';

/** Opened on demand: what was discussed with each person, the interview's own notes, and a way to add someone who is missing. */
export function NotesSection({ detail: { interview, interviewers }, onChanged }: { detail: InterviewDetail; onChanged: () => void }) {
  return (
    <div class="notes-section">
      <PeopleNotes people={interviewers} />
      <NotesBox id={`notes-interview-${interview.id}`} label={t('fieldNotes')} hint={t('fieldNotesHint')} initial={interview.notes} write={(text) => saveInterviewNotes(interview.id, text)} />
      <AddPersonForm interviewId={interview.id} company={interview.company} onAdded={onChanged} />
    </div>
  );
}
