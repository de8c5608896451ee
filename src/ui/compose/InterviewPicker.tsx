/** Which interview the notes are for; the latest open one comes preselected. */
import { isOpenInterview, type Id, type Interview } from '../../core/types.ts';
import { interviewChoiceLabel } from '../format.ts';
import { t } from '../i18n.ts';

interface Props {
  interviews: readonly Interview[];
  value: Id;
  onChange: (id: Id) => void;
}

export function InterviewPicker({ interviews, value, onChange }: Props) {
  return (
    <div class="field">
      <label for="compose-interview">{t('composeInterview')}</label>
      <select id="compose-interview" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {interviews.map((interview) => (
          <option key={interview.id} value={interview.id}>
            {interviewChoiceLabel(interview)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The interview the candidate most likely wants to write about: the latest still open, else the latest. */
export function latestOpenInterview(interviews: readonly Interview[]): Interview | undefined {
  return interviews.find(isOpenInterview) ?? interviews[0];
}
