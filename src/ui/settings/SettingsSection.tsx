/**
 * The candidate's settings: who they are (name, signature, their own
 * addresses), when Afterview may remind them (working days and hours, days
 * off), the follow-up cadence, and whether the composer offers the browser's
 * on-device model. Checked as a whole on save, each problem
 * shown at its field; saved, then the background re-plans with them.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../core/types.ts';
import { db } from '../../db/open.ts';
import { getSettings, saveSettings } from '../../db/settings.ts';
import { Field } from '../components/Field.tsx';
import { FormSummary } from '../components/FormSummary.tsx';
import { errorText, t } from '../i18n.ts';
import { notifyChanged } from '../notify-changed.ts';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';
import { CadenceFields } from './CadenceFields.tsx';
import { HolidaysField } from './HolidaysField.tsx';
import { settingsToForm, validateSettings, type SettingsField, type SettingsForm } from './settings-form.ts';
import { WorkingDaysField } from './WorkingDaysField.tsx';

export function SettingsSection({ revision }: { revision: number }) {
  // Each read carries the revision it was made at: keyed by it, the form starts
  // again from the settings a restore brought, once they are read.
  const loaded = useLoaded(async (d) => ({ revision, settings: await getSettings(d) }), [revision]);
  // The section and heading stay while the form loads, so a focus moved to the heading survives the load.
  return (
    <section id="settings" class="dash-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      {loaded.value ? (
        <SettingsEditor key={loaded.value.revision} stored={loaded.value.settings} />
      ) : loaded.error ? (
        <p role="alert">{errorText(loaded.error)}</p>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </section>
  );
}

/** `stored` also carries any setting the form does not edit through a save unchanged. */
function SettingsEditor({ stored }: { stored: Settings }) {
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const { form, setForm, update, set, errors, setErrors, err } = useForm<SettingsForm, SettingsField>(
    () => settingsToForm(stored),
    () => setStatus(''),
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure('');
    const checked = validateSettings(form, stored);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus('');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await saveSettings(await db(), checked.value);
      await notifyChanged(['settings']);
      setForm(settingsToForm(checked.value));
      setStatus(t('settingsSaved'));
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <FormSummary errors={errors} failure={failure} />
      <fieldset class="field-group">
        <legend>{t('settingsAboutYou')}</legend>
        <Field id="settings-name" label={t('settingsName')} hint={t('settingsNameHint')} error={err('name')}>
          {(d, invalid) => <input id="settings-name" value={form.name} autoComplete="name" onInput={set('name')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
        <Field id="settings-signature" label={t('settingsSignature')} hint={t('settingsSignatureHint')} error={err('signature')}>
          {(d, invalid) => <textarea id="settings-signature" rows={3} value={form.signature} onInput={set('signature')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
        <Field id="settings-emails" label={t('settingsMyEmails')} hint={t('settingsMyEmailsHint')} error={err('myEmails')}>
          {(d, invalid) => <textarea id="settings-emails" rows={2} value={form.myEmails} onInput={set('myEmails')} aria-invalid={invalid} aria-describedby={d} />}
        </Field>
      </fieldset>
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
        <HolidaysField days={form.holidays} error={err('holidays')} onChange={(holidays) => update({ holidays })} />
      </fieldset>
      <CadenceFields
        values={form.cadence}
        errorOf={err}
        onChange={(field, value) => update({ cadence: { ...form.cadence, [field]: value } })}
      />
      <fieldset class="field-group">
        <legend>{t('settingsWritingHelp')}</legend>
        <label class="check">
          <input type="checkbox" id="settings-on-device-ai" checked={form.onDeviceAi} aria-describedby="settings-on-device-ai-hint" onChange={(e) => update({ onDeviceAi: e.currentTarget.checked })} />
          {t('settingsOnDeviceAi')}
        </label>
        <p class="field__hint" id="settings-on-device-ai-hint">
          {t('settingsOnDeviceAiHint')}
        </p>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button--primary" data-action="save-settings" disabled={busy}>
          {t('save')}
        </button>
        <p class="notice" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}
