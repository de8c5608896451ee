/** Corrects who a contact is: name, title, email and profile address, wherever the person appears. */
import type { Contact } from '../../core/types.ts';
import { t } from '../../i18n.ts';
import type { PersonForm } from '../../core/person-input.ts';
import { editPerson } from '../people-actions.ts';
import { Field, FormActions, FormSummary, useForm, useSaving } from '../form.tsx';

interface Props {
  contact: Contact;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}

export function PersonEditor({ contact, onSaved, onCancel }: Props) {
  const { form, set, errors, setErrors, err } = useForm<Required<PersonForm>>(() => ({ name: contact.name, title: contact.title, email: contact.email, profileUrl: contact.profileUrl }));
  const { busy, failure, run } = useSaving();
  const id = (field: string) => `pe-${field}-${contact.id}`;

  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const result = await editPerson(contact.id, form);
      if (result.ok) onSaved(result.contact);
      else setErrors(result.errors);
    });
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
      <FormActions busy={busy} action="save-person" onCancel={onCancel} />
    </form>
  );
}
