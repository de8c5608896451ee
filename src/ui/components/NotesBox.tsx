/** A notes field that saves as it is typed and says so quietly. */
import { useMemo, useState } from 'preact/hooks';
import { cleanBlock, LIMITS } from '../../core/text.ts';
import { t } from '../../i18n.ts';
import { createTypedSaver } from '../save-as-typed.ts';

interface Props {
  id: string;
  label: string;
  hint?: string;
  initial: string;
  rows?: number;
  write: (text: string) => Promise<void>;
}

export function NotesBox({ id, label, hint, initial, rows = 3, write }: Props) {
  const [text, setText] = useState(initial);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed' | 'tooLong'>('idle');
  // The writer is bound to one record; a new record gets a new box (keyed by id).
  // biome-ignore lint/correctness/useExhaustiveDependencies: one saver per record, whatever closure `write` is.
  const saver = useMemo(
    () => createTypedSaver(write, () => setState('failed')),
    [id],
  );

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    setText(value);
    if (value.length > LIMITS.notes) {
      setState('tooLong');
      return;
    }
    setState('saving');
    void saver.save(cleanBlock(value)).then(() => setState((s) => (s === 'failed' ? s : 'saved')));
  };

  const status = state === 'saving' ? t('notesSaving') : state === 'saved' ? t('notesSaved') : state === 'failed' ? t('notesFailed') : state === 'tooLong' ? t('errTooLong') : '';
  return (
    <div class="field notes-box">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={text} onInput={onInput} aria-describedby={`${id}-status${hint ? ` ${id}-hint` : ''}`} aria-invalid={state === 'tooLong'} />
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <p class={state === 'failed' || state === 'tooLong' ? 'field__error' : 'field__hint'} id={`${id}-status`} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
