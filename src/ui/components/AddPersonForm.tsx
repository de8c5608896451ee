/** A small inline form to add an interviewer by hand when there is nothing to capture. */
import { useState } from 'preact/hooks';
import type { PersonForm } from '../../core/person-input.ts';
import { addPersonByHand } from '../interviewer-actions.ts';
import { t } from '../../i18n.ts';
import { Field, FormActions, useForm } from '../form.tsx';

interface Props {
  interviewId: string;
  company: string;
  onAdded: () => void;
  /** Offered as the interview's primary action (it has nobody to write to yet). */
  primary?: boolean;
}

export function AddPersonForm({ interviewId, company, onAdded, primary = false }: Props) {
  const blank: PersonForm = { name: '', title: '', email: '' };
  const [open, setOpen] = useState(false);
  const { form, setForm, set, setErrors, err } = useForm<PersonForm>(() => blank);
  if (!open) {
    return (
      <button type="button" class={primary ? 'button button--primary' : 'link-button'} data-action="add-person" onClick={() => setOpen(true)}>
        {t('addInterviewer')}
      </button>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await addPersonByHand(interviewId, company, form);
    setErrors(result);
    if (Object.keys(result).length === 0) {
      setForm(blank);
      setOpen(false);
      onAdded();
    }
  };
  return (
    <form class="add-person" onSubmit={submit} noValidate aria-label={t('addInterviewer')}>
      <Field id={`ap-name-${interviewId}`} label={t('personName')} error={err('name')}>
        {(d, invalid) => <input id={`ap-name-${interviewId}`} value={form.name} onInput={set('name')} aria-invalid={invalid} aria-describedby={d} />}
      </Field>
      <div class="field-row">
        <Field id={`ap-title-${interviewId}`} label={t('personTitle')} error={err('title')}>
          {(d, invalid) => <input id={`ap-title-${interviewId}`} value={form.title} onInput={set('title')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
        <Field id={`ap-email-${interviewId}`} label={t('personEmail')} error={err('email')}>
          {(d, invalid) => <input id={`ap-email-${interviewId}`} type="email" value={form.email} onInput={set('email')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
      </div>
      <FormActions label={t('add')} onCancel={() => setOpen(false)} />
    </form>
  );
}
