import './compose.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../core/types.ts';
import { errorText, t } from '../../i18n.ts';
import { UndoToast, type UndoOffer } from '../components/UndoToast.tsx';
import { blankTemplate, removeTemplate, restoreTemplate, saveTemplate, type TemplateFields } from './compose-actions.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { useTemplates } from './compose-state.ts';

/**
 * The options page's templates section: the built-in ones editable and resettable, the user's own added and deleted.
 * A save says so on its quiet status line; a reset or a delete, which throw text away, say it in the one undo toast.
 */
export function TemplateEditor() {
  const templates = useTemplates();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [busy, setBusy] = useState(false);
  /** The template whose list item takes the focus once it is drawn. */
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const list = templates.value?.all ?? [];
  const selected = (draft && draft.id === selectedId ? draft : list.find((tpl) => tpl.id === selectedId)) ?? list[0] ?? null;

  useEffect(() => {
    const item = focusId && listRef.current?.querySelector<HTMLButtonElement>(`[data-template="${CSS.escape(focusId)}"]`);
    if (!item) return;
    item.focus();
    setFocusId(null);
  }, [focusId, list]);

  /** Runs a write; `done` says what happened, on the status line (a string) or in the toast (an offer). */
  const run = async (work: () => Promise<void>, done: string | UndoOffer, select: string | null) => {
    setBusy(true);
    try {
      await work();
      if (typeof done === 'string') setStatus(done);
      else {
        setStatus('');
        setOffer(done);
      }
      setDraft(null);
      setSelectedId(select);
      templates.reload();
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  /** Puts the template back as it was before a reset or a delete, and moves the focus to it: the toast that had it closes. */
  const undo = async (template: Template) => {
    await run(() => restoreTemplate(template), t('templateRestored', template.name), template.id);
    setFocusId(template.id);
  };
  const save = (fields: TemplateFields) => selected && void run(async () => void (await saveTemplate(selected, fields)), t('saved'), selected.id);
  const reset = (template: Template) => void run(() => removeTemplate(template), { message: t('templateResetDone'), undo: () => undo(template) }, template.id);
  const remove = (template: Template) => void run(() => removeTemplate(template), { message: t('templateDeleted', template.name), undo: () => undo(template) }, null);
  const add = () => {
    const fresh = blankTemplate(t('templateNewName'));
    setDraft(fresh);
    setSelectedId(fresh.id);
    setStatus('');
  };
  // Closed with the focus in it: the focus goes to the template shown (after an undo, the one put back).
  const closeToast = (hadFocus: boolean) => {
    setOffer(null);
    if (hadFocus) setFocusId((current) => current ?? selected?.id ?? null);
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
        {status}
      </p>
      <div class="template-editor__layout">
        <ul class="template-list" aria-label={t('templatesHeading')} ref={listRef}>
          {shown.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                class="template-item"
                aria-current={template.id === selected?.id ? 'true' : undefined}
                data-template={template.id}
                onClick={() => {
                  setSelectedId(template.id);
                  setStatus('');
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
            onReset={() => reset(selected)}
            onDelete={() => remove(selected)}
          />
        )}
      </div>
      <UndoToast offer={offer} onDone={closeToast} />
    </section>
  );
}

function kindLabel(template: Template, stored: boolean): string {
  if (!template.builtIn) return t('templateOwn');
  return stored ? t('templateBuiltInEdited') : t('templateBuiltIn');
}
