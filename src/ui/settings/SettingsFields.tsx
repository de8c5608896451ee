/** The parts of the settings the welcome page asks for too: who the candidate is, and when they work. */
import type { SettingsField, SettingsForm } from './settings-form.ts';
import { Field } from '../form.tsx';
import { t } from '../../i18n.ts';
import { HolidaysField } from './HolidaysField.tsx';
import { WorkingDaysField } from './WorkingDaysField.tsx';

interface Props {
  form: SettingsForm;
  set: (key: keyof SettingsForm) => (event: Event) => void;
  err: (key: SettingsField) => string | undefined;
}

export function AboutYouFields({ form, set, err }: Props) {
  return (
    <fieldset class="field-group">
      <legend>{t('settingsAboutYou')}</legend>
      <Field id="settings-name" label={t('settingsName')} hint={t('settingsNameHint')} error={err('name')}>
        {(d, invalid) => <input id="settings-name" value={form.name} autoComplete="name" onInput={set('name')} aria-invalid={invalid} aria-describedby={d} />}
      </Field>
      <Field id="settings-emails" label={t('settingsMyEmails')} hint={t('settingsMyEmailsHint')} error={err('myEmails')}>
        {(d, invalid) => <textarea id="settings-emails" rows={2} value={form.myEmails} onInput={set('myEmails')} aria-invalid={invalid} aria-describedby={d} />}
      </Field>
      <Field id="settings-signature" label={t('settingsSignature')} hint={t('settingsSignatureHint')} error={err('signature')}>
        {(d, invalid) => <textarea id="settings-signature" rows={3} value={form.signature} onInput={set('signature')} aria-invalid={invalid} aria-describedby={d} />}
      </Field>
    </fieldset>
  );
}

export function WorkingTimeFields({ form, set, err, update, holidays = true }: Props & { update: (changes: Partial<SettingsForm>) => void; holidays?: boolean }) {
  return (
    <fieldset class="field-group">
      <legend>{t('settingsWorkingTime')}</legend>
      <p class="field__hint">{t('settingsWorkingTimeHint')}</p>
      <WorkingDaysField legend={t('settingsWorkingDays')} days={form.workingDays} error={err('workingDays')} onChange={(workingDays) => update({ workingDays })} />
      <div class="field-row">
        <Field id="settings-work-start" label={t('settingsWorkStart')} error={err('workStart')}>
          {(d, invalid) => <input id="settings-work-start" type="time" value={form.workStart} onInput={set('workStart')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
        <Field id="settings-work-end" label={t('settingsWorkEnd')} error={err('workEnd')}>
          {(d, invalid) => <input id="settings-work-end" type="time" value={form.workEnd} onInput={set('workEnd')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
      </div>
      {holidays && <HolidaysField days={form.holidays} error={err('holidays')} onChange={(days) => update({ holidays: days })} />}
    </fieldset>
  );
}
