/**
 * One interviewer's note: the template, the topic, the tidbit, and the
 * subject and message themselves, which are the live preview and can be
 * edited. Everything is plain text in form fields; nothing is parsed as HTML.
 */
import { LIMITS } from '../../core/text.ts';
import type { Id, Template } from '../../core/types.ts';
import { t } from '../i18n.ts';
import type { NoteDraft } from './note-draft.ts';
import type { PersonNote } from './person-note.ts';
import { describedBy, ProblemList } from './ProblemList.tsx';
import { TidbitChooser } from './TidbitChooser.tsx';
import { TopicField } from './TopicField.tsx';
import type { TopicPicks } from './topic-picks.ts';

interface Props {
  current: PersonNote;
  draft: NoteDraft;
  templates: readonly Template[];
  picks: TopicPicks;
  onChange: (change: Partial<NoteDraft>) => void;
  onNextTidbit: () => void;
}

const PROBLEMS = 'compose-problems';
const TIDBIT_NAMES = new Set(['tidbitTitle', 'tidbitLink', 'tidbit']);

export function NoteEditor({ current, draft, templates, picks, onChange, onNextTidbit }: Props) {
  const { note, person } = current;
  const problems = note.problems;
  const name = person.contact.name || person.contact.email;
  const edited = (field: 'subject' | 'body') => (field === 'subject' ? note.subjectDrifted : note.bodyDrifted);
  const editedNote = (field: 'subject' | 'body') =>
    edited(field) && (
      <p class="drift" id={`compose-${field}-drift`}>
        {t('composeEdited')}{' '}
        <button type="button" class="link-button" data-action={`reset-${field}`} onClick={() => onChange(field === 'subject' ? { subjectEdit: null } : { bodyEdit: null })}>
          {t('composeUseTemplateText')}
        </button>
      </p>
    );

  return (
    <div class="note-editor">
      <div class="field">
        <label for="compose-template">{t('composeTemplate')}</label>
        <select id="compose-template" value={current.template.id} onChange={(e) => onChange({ templateId: (e.currentTarget as HTMLSelectElement).value as Id })}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </div>
      <TopicField
        id="compose-topic"
        value={draft.topic}
        picks={picks}
        personName={name}
        problemIds={describedBy(PROBLEMS, problems, (p) => p.name === 'topic')}
        onChange={(topic) => onChange({ topic })}
      />
      <TidbitChooser
        id="compose-tidbit"
        suggestions={current.suggestions}
        chosen={current.chosen}
        problemIds={describedBy(PROBLEMS, problems, (p) => TIDBIT_NAMES.has(p.name))}
        onNext={onNextTidbit}
        onNone={() => onChange({ tidbitId: null })}
      />
      <div class="field">
        <label for="compose-subject">{t('composeSubject')}</label>
        <input
          id="compose-subject"
          value={note.shown.subject}
          maxLength={LIMITS.subject + 1}
          aria-invalid={problems.some((p) => p.field === 'subject')}
          aria-describedby={describedBy(PROBLEMS, problems, (p) => p.field === 'subject', [edited('subject') && 'compose-subject-drift'])}
          onInput={(e) => onChange({ subjectEdit: (e.currentTarget as HTMLInputElement).value })}
        />
        {editedNote('subject')}
      </div>
      <div class="field">
        <label for="compose-body">{t('composeBody')}</label>
        <textarea
          id="compose-body"
          rows={12}
          value={note.shown.body}
          maxLength={LIMITS.body + 1}
          aria-invalid={problems.some((p) => p.field === 'body')}
          aria-describedby={describedBy(PROBLEMS, problems, (p) => p.field === 'body', [edited('body') && 'compose-body-drift'])}
          onInput={(e) => onChange({ bodyEdit: (e.currentTarget as HTMLTextAreaElement).value })}
        />
        {editedNote('body')}
      </div>
      <ProblemList id={PROBLEMS} heading={t('composeProblemsHeading')} problems={problems} />
    </div>
  );
}
