/** Corrects who a contact is: name, title, email and profile address, wherever the person appears. */
import { useState } from 'preact/hooks';
import type { Contact } from '../../core/types.ts';
import { errorText, t } from '../../i18n.ts';
import type { PersonForm } from '../interviewer-actions.ts';
import { editPerson } from '../people-actions.ts';
import { useForm } from '../use-form.ts';
import { Field } from './Field.tsx';
import { FormSummary } from './FormSummary.tsx';

interface Props {
  contact: Contact;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}

export function PersonEditor({ contact, onSaved, onCancel }: Props) {
  const { form, set, errors, setErrors, err } = useForm<Required<PersonForm>>(() => ({ name: contact.name, title: contact.title, email: contact.email, profileUrl: contact.profileUrl }));
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `pe-${field}-${contact.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure('');
    try {
      const result = await editPerson(contact.id, form);
      if (result.ok) onSaved(result.contact);
      else setErrors(result.errors);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="person-editor" onSubmit={submit} noValidate aria-label={t('personEditHeading', contact.name || contact.email)} data-editing={contact.id}>
      <FormSummary errors={errors} failure={failure} />
      <div class="field-row">
        <Field id={id('name')} label={t('personName')} error={err('name')}>
          {(d, invalid) => <input id={id('name')} value={form.name} onInput={set('name')} aria-invalid={invalid} aria-describedby={d} autoComplete="off" />}
        </Field>
        <Field id={id('title')} label={t('personTitle')} error={err('title')}>
          {(d, invalid) => <input id={id('title')} value={form.title} onInput={set('title')} aria-invalid={invalid} aria-describedby={d} autoComplete="off" />}
        </Field>
      </div>
      <Field id={id('email')} label={t('personEmail')} error={err('email')}>
        {(d, invalid) => <input id={id('email')} type="email" value={form.email} onInput={set('email')} aria-invalid={invalid} aria-describedby={d} autoComplete="off" />}
      </Field>
      <Field id={id('profile')} label={t('personProfile')} error={err('profileUrl')}>
        {(d, invalid) => <input id={id('profile')} type="url" value={form.profileUrl} onInput={set('profileUrl')} aria-invalid={invalid} aria-describedby={d} autoComplete="off" placeholder={t('personProfilePlaceholder')} />}
      </Field>
      <div class="actions">
        <button type="submit" class="button button--primary" data-action="save-person" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
