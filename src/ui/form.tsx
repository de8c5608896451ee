// A form: its fields as typed and their problems, its save, and its parts (a field, the summary at its top, the actions at its foot).
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText, t, tDynamic } from '../i18n.ts';

export type FieldProblem = string | { key: string; substitutions?: string[] | undefined };

/**
 * A form's fields as typed and the problems its check found, with a handler
 * per field that writes the input's value back under its name, and its problem
 * in words for Field's `error`. Problems are message keys (with substitutions),
 * so the words stay in the locale files.
 * `K` names the fields a problem can be reported for, when they are not simply
 * the form's own keys (the settings report each step of the cadence apart).
 * `onEdit` runs on every change, e.g. to take down a "saved" notice.
 */
export function useForm<F extends object, K extends string = Extract<keyof F, string>>(initial: () => F, onEdit?: () => void) {
  const [form, setForm] = useState<F>(initial);
  const [errors, setErrors] = useState<Partial<Record<K, FieldProblem>>>({});

  const update = (changes: Partial<F>) => {
    setForm((current) => ({ ...current, ...changes }));
    onEdit?.();
  };
  /** The onInput (or a select's onChange) of the input that edits `key`. */
  const set = (key: keyof F) => (event: Event) => update({ [key]: (event.currentTarget as HTMLInputElement).value } as Partial<F>);
  const err = (key: K): string | undefined => {
    const problem = errors[key];
    if (!problem) return undefined;
    return typeof problem === 'string' ? tDynamic(problem) : tDynamic(problem.key, problem.substitutions);
  };

  return { form, setForm, update, set, errors, setErrors, err };
}

/**
 * A form's save while it runs: `busy` meanwhile (its submit is disabled), and
 * what it failed with, in words for FormSummary's `failure`. `run` clears the
 * last failure, runs the save and keeps what it throws.
 */
export function useSaving() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const run = async (save: () => Promise<void>) => {
    setBusy(true);
    setFailure('');
    try {
      await save();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** A labelled form field whose error is announced and tied to the input. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children(describedBy, Boolean(error))}
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

interface FormSummaryProps {
  /** The form's problems by field (useForm's `errors`); a new object after each refused submit. */
  errors: object;
  /** What saving failed with, or '' when it did not. */
  failure: string;
}

/**
 * The top of a form that was refused: "please correct the highlighted fields"
 * when its check found problems, and what went wrong when saving failed. The
 * focus moves to the first each time a check brings new problems, so someone
 * who pressed Save hears why nothing happened and starts from the top.
 */
export function FormSummary({ errors, failure }: FormSummaryProps) {
  const summary = useRef<HTMLParagraphElement>(null);
  const hasErrors = Object.keys(errors).length > 0;
  // Every failed submit brings a new errors object and moves focus to the summary again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: errors is the trigger, not a value read.
  useLayoutEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [errors]);
  return (
    <>
      {hasErrors && (
        <p class="form-summary" role="alert" tabIndex={-1} ref={summary}>
          {t('fixErrors')}
        </p>
      )}
      {failure && (
        <p class="form-summary" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}

interface FormActionsProps {
  /** The save is running: the submit is disabled. */
  busy?: boolean;
  /** The submit's `data-action`, for the pages' tests to find it. */
  action?: string;
  /** The submit's words; "Save" unless given. */
  label?: string;
  onCancel: () => void;
}

/** The foot of a form that saves or is cancelled: the primary submit (off while it saves) and Cancel. */
export function FormActions({ busy = false, action, label = t('save'), onCancel }: FormActionsProps) {
  return (
    <div class="actions">
      <button type="submit" class="button button--primary" data-action={action} disabled={busy}>
        {label}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
