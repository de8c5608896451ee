import './compose.css';
import { useState } from 'preact/hooks';
import type { Template } from '../../core/types.ts';
import { errorText, t } from '../../i18n.ts';
import { blankTemplate, removeTemplate, restoreTemplate, saveTemplate, type TemplateFields } from './compose-actions.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { useTemplates } from './compose-state.ts';

type Status = { text: string; undo?: Template } | null;

/** The options page's templates section: the built-in ones editable and resettable, the user's own added and deleted, with undo. */
export function TemplateEditor() {
  const templates = useTemplates();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Template | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const list = templates.value?.all ?? [];
  const selected = (draft && draft.id === selectedId ? draft : list.find((tpl) => tpl.id === selectedId)) ?? list[0] ?? null;

  const run = async (work: () => Promise<void>, after: Status, select: string | null) => {
    setBusy(true);
    try {
      await work();
      setStatus(after);
      setDraft(null);
      setSelectedId(select);
      templates.reload();
    } catch (error) {
      setStatus({ text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = (fields: TemplateFields) => selected && void run(async () => void (await saveTemplate(selected, fields)), { text: t('saved') }, selected.id);
  const reset = () => selected && void run(() => removeTemplate(selected), { text: t('templateResetDone') }, selected.id);
  const remove = () => selected && void run(() => removeTemplate(selected), { text: t('templateDeleted', selected.name), undo: selected }, null);
  const undo = (template: Template) => void run(() => restoreTemplate(template), { text: t('saved') }, template.id);
  const add = () => {
    const fresh = blankTemplate(t('templateNewName'));
    setDraft(fresh);
    setSelectedId(fresh.id);
    setStatus(null);
  };

  const shown = draft ? [...list, draft] : list;
  return (
    <section class="template-editor" aria-labelledby="templates-heading">
      <div class="section-head">
        <h2 id="templates-heading">{t('templatesHeading')}</h2>
        <button type="button" class="button" data-action="add-template" onClick={add}>
          {t('templateNew')}
        </button>
      </div>
      <p class="muted">{t('templatesIntro')}</p>
      {templates.error && <p role="alert">{errorText(templates.error)}</p>}
      <p class="notice" role="status">
        {status?.text ?? ''}
        {status?.undo && (
          <>
            {' '}
            <button type="button" class="link-button" data-action="undo-template" onClick={() => undo(status.undo!)}>
              {t('undo')}
            </button>
          </>
        )}
      </p>
      <div class="template-editor__layout">
        <ul class="template-list" aria-label={t('templatesHeading')}>
          {shown.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                class="template-item"
                aria-current={template.id === selected?.id ? 'true' : undefined}
                data-template={template.id}
                onClick={() => {
                  setSelectedId(template.id);
                  setStatus(null);
                }}
              >
                <span class="template-item__name">{template.name}</span>
                <span class="muted template-item__kind">{kindLabel(template, templates.value?.stored.has(template.id) ?? false)}</span>
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <TemplateForm
            key={`${selected.id}:${selected.updatedAt}`}
            template={selected}
            stored={templates.value?.stored.has(selected.id) ?? false}
            busy={busy}
            onSave={save}
            onReset={reset}
            onDelete={remove}
          />
        )}
      </div>
    </section>
  );
}

function kindLabel(template: Template, stored: boolean): string {
  if (!template.builtIn) return t('templateOwn');
  return stored ? t('templateBuiltInEdited') : t('templateBuiltIn');
}
