// Saving is blocked while there is any problem, so a broken template never reaches the composer.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../core/text.ts';
import type { Template } from '../../core/types.ts';
import { t, tDynamic } from '../../i18n.ts';
import { PlaceholderHelp } from './PlaceholderHelp.tsx';
import { describedBy, ProblemList } from './ProblemList.tsx';
import { templateNameError, templateProblems, type TemplateFields } from './compose-actions.ts';

interface Props {
  template: Template;
  /** Whether a record is stored for it (the user's own, or an edit of a built-in). */
  stored: boolean;
  busy: boolean;
  onSave: (fields: TemplateFields) => void;
  onReset: () => void;
  onDelete: () => void;
}

type TextField = 'subject' | 'body';
const PROBLEMS = 'template-problems';

export function TemplateForm({ template, stored, busy, onSave, onReset, onDelete }: Props) {
  const [fields, setFields] = useState<TemplateFields>({ name: template.name, subject: template.subject, body: template.body });
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<TextField>('body');
  const caret = useRef<{ field: TextField; at: number } | null>(null);
  const own = !template.builtIn;
  const problems = templateProblems(fields);
  const nameError = templateNameError(fields, own);
  const changed = fields.name !== template.name || fields.subject !== template.subject || fields.body !== template.body;

  // After an insertion, the cursor goes back into the field, just after the placeholder.
  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.field === 'subject' ? subject.current : body.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const insert = (name: string) => {
    const field = lastField.current;
    const element = field === 'subject' ? subject.current : body.current;
    const text = fields[field];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const tag = `{{${name}}}`;
    caret.current = { field, at: start + tag.length };
    setFields({ ...fields, [field]: text.slice(0, start) + tag + text.slice(end) });
  };

  const set = (key: keyof TemplateFields) => (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });
  const submit = (event: Event) => {
    event.preventDefault();
    if (problems.length === 0 && !nameError) onSave(fields);
  };
  const blocked = problems.length > 0 || Boolean(nameError) || busy;
  const headingId = `template-form-${template.id}`;

  return (
    <form class="template-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-template={template.id}>
      <h3 id={headingId}>{template.name || t('templateNewName')}</h3>
      {own && (
        <div class={nameError ? 'field field--invalid' : 'field'}>
          <label for="template-name">{t('templateName')}</label>
          <input id="template-name" value={fields.name} maxLength={LIMITS.name} onInput={set('name')} aria-invalid={Boolean(nameError)} aria-describedby={nameError ? 'template-name-error' : undefined} />
          {nameError && (
            <p class="field__error" id="template-name-error">
              {tDynamic(nameError)}
            </p>
          )}
        </div>
      )}
      <div class="field">
        <label for="template-subject">{t('composeSubject')}</label>
        <input
          id="template-subject"
          ref={subject}
          value={fields.subject}
          maxLength={LIMITS.subject}
          onInput={set('subject')}
          onFocus={() => (lastField.current = 'subject')}
          aria-invalid={problems.some((p) => p.fields.includes('subject'))}
          aria-describedby={describedBy(PROBLEMS, problems, (p) => p.fields.includes('subject'))}
        />
      </div>
      <div class="field">
        <label for="template-body">{t('composeBody')}</label>
        <textarea
          id="template-body"
          ref={body}
          rows={14}
          value={fields.body}
          maxLength={LIMITS.body}
          onInput={set('body')}
          onFocus={() => (lastField.current = 'body')}
          aria-invalid={problems.some((p) => p.fields.includes('body'))}
          aria-describedby={describedBy(PROBLEMS, problems, (p) => p.fields.includes('body'))}
        />
      </div>
      <ProblemList id={PROBLEMS} heading={t('templateProblemsHeading')} problems={problems} />
      <div class="actions">
        <button type="submit" class="button button--primary" data-action="save-template" disabled={blocked || !changed}>
          {t('save')}
        </button>
        {template.builtIn && stored && (
          <button type="button" class="button" data-action="reset-template" disabled={busy} onClick={onReset}>
            {t('templateReset')}
          </button>
        )}
        {own && stored && (
          <button type="button" class="button button--danger" data-action="delete-template" disabled={busy} onClick={onDelete}>
            {t('delete')}
          </button>
        )}
      </div>
      <PlaceholderHelp id="template-placeholders" onInsert={insert} />
    </form>
  );
}
