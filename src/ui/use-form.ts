import { useState } from 'preact/hooks';
import { errorText, tDynamic } from '../i18n.ts';

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
