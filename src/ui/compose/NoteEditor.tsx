// The subject and message are the live preview, plain text in form fields (never parsed as HTML); until the candidate changes something, what is missing is said as still to do, not marked as an error.
import type { ComponentChildren } from 'preact';
import { firstNameOf } from '../../core/compose/first-name.ts';
import { LIMITS } from '../../core/text.ts';
import type { Id, Template } from '../../core/types.ts';
import { t } from '../../i18n.ts';
import { TopicField } from './compose-parts.tsx';
import { displayName, type NoteDraft, type PersonNote } from './compose-data.ts';
import { describedBy, ProblemList } from './ProblemList.tsx';
import { TidbitChooser } from './TidbitChooser.tsx';

interface Props {
  current: PersonNote;
  draft: NoteDraft;
  templates: readonly Template[];
  onChange: (change: Partial<NoteDraft>) => void;
  onNextTidbit: () => void;
  /** Shown above the subject: the offer to draft with the browser's on-device model, where there is one. */
  assist?: ComponentChildren;
  /** The on-device model's draft while it arrives: shown in the fields, read-only, until it is checked. */
  streaming?: { subject: string; body: string } | null;
}

export const PROBLEMS = 'compose-problems';
/** What the on-device model is doing, and what became of its draft. */
export const AI_STATUS = 'compose-ai-status';
const TIDBIT_NAMES = new Set(['tidbitTitle', 'tidbitLink', 'tidbit', 'promise']);

export function NoteEditor({ current, draft, templates, onChange, onNextTidbit, assist, streaming = null }: Props) {
  const { note, person } = current;
  const problems = note.problems;
  const shown = draft.touched;
  const name = displayName(person);
  const firstName = firstNameOf(person.contact.name) || name;
  const edited = (field: 'subject' | 'body') => !streaming && (field === 'subject' ? note.subjectDrifted : note.bodyDrifted);
  const about = (match: (p: (typeof problems)[number]) => boolean) => (shown ? describedBy(PROBLEMS, problems, match) : undefined);
  const editedNote = (field: 'subject' | 'body') =>
    edited(field) && (
      <p class="drift" id={`compose-${field}-drift`}>
        {draft.byModel ? t('composeEditedByModel') : t('composeEdited')}{' '}
        <button type="button" class="link-button" data-action={`reset-${field}`} onClick={() => onChange(field === 'subject' ? { subjectEdit: null } : { bodyEdit: null })}>
          {t('composeUseTemplateText')}
        </button>
      </p>
    );
  const field = (which: 'subject' | 'body') =>
    streaming
      ? { readOnly: true, 'aria-busy': true, 'aria-describedby': AI_STATUS }
      : {
          'aria-invalid': shown && problems.some((p) => p.fields.includes(which)),
          'aria-describedby': describedBy(PROBLEMS, shown ? problems : [], (p) => p.fields.includes(which), [edited(which) && `compose-${which}-drift`]),
        };

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
        picks={current.picks}
        personName={name}
        sentence={current.topicSentence}
        problemIds={about((p) => p.name === 'topic')}
        invalid={shown && problems.some((p) => p.name === 'topic')}
        onChange={(topic) => onChange({ topic })}
      />
      {current.promises.length > 0 && (
        <ul class="promise-notes" aria-label={t('composePromisesLabel', name)}>
          {current.promises.map((promise) => (
            <li key={promise.line} class={promise === current.keeps ? 'promise-note promise-note--kept' : 'promise-note'}>
              {t('composePromised', [firstName, promise.thing])}{' '}
              {promise !== current.keeps && (
                <span class="muted">{current.suggestions.some((s) => s.keepsPromise) ? t('composePromiseChoose') : t('composePromiseSave')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <TidbitChooser
        id="compose-tidbit"
        suggestions={current.suggestions}
        chosen={current.chosen}
        problemIds={about((p) => TIDBIT_NAMES.has(p.name))}
        keeps={current.keeps?.thing ?? null}
        onNext={onNextTidbit}
        onNone={() => onChange({ tidbitId: null })}
      />
      {assist}
      <div class="field">
        <label for="compose-subject">{t('composeSubject')}</label>
        <input
          id="compose-subject"
          value={streaming ? streaming.subject : note.shown.subject}
          maxLength={LIMITS.subject + 1}
          {...field('subject')}
          onInput={(e) => onChange({ subjectEdit: (e.currentTarget as HTMLInputElement).value })}
        />
        {editedNote('subject')}
      </div>
      <div class="field">
        <label for="compose-body">{t('composeBody')}</label>
        <textarea
          id="compose-body"
          rows={12}
          value={streaming ? streaming.body : note.shown.body}
          maxLength={LIMITS.body + 1}
          {...field('body')}
          onInput={(e) => onChange({ bodyEdit: (e.currentTarget as HTMLTextAreaElement).value })}
        />
        {editedNote('body')}
      </div>
      <ProblemList id={PROBLEMS} heading={shown ? t('composeProblemsHeading') : t('composeProblemsPending')} problems={problems} pending={!shown} />
    </div>
  );
}
