// Checked as a whole on save, each problem shown at its field; once saved, the background re-plans with them.
import { useState } from 'preact/hooks';
import type { Settings } from '../../core/types.ts';
import { getSettings, saveSettings } from '../../db/settings.ts';
import { FormSummary, useForm, useSaving } from '../form.tsx';
import { errorText, t } from '../../i18n.ts';
import { write } from '../../db/write.ts';
import { useLoaded } from '../use-loaded.ts';
import { CadenceFields } from './CadenceFields.tsx';
import { lazyView } from '../lazy.tsx';
import { AboutYouFields, WorkingTimeFields } from './SettingsFields.tsx';
import { settingsToForm, validateSettings, type SettingsField, type SettingsForm } from './settings-form.ts';

// Shown only right after an address is added: loaded then.
const SelfOffer = lazyView(() => import('./SelfOffer.tsx').then((m) => m.SelfOffer));

export function SettingsSection({ revision }: { revision: number }) {
  // Each read carries the revision it was made at: keyed by it, the form starts
  // again from the settings a restore brought, once they are read.
  const loaded = useLoaded(async (d) => ({ revision, settings: await getSettings(d) }), [revision]);
  // The section and heading stay while the form loads, so a focus moved to the heading survives the load.
  return (
    <section id="settings" class="dash-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <p>
        <a href="#welcome" data-action="welcome-again">
          {t('settingsWelcomeAgain')}
        </a>
      </p>
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
  const [saved, setSaved] = useState(stored);
  // Addresses just added that may have been filed as an interviewer before: offered once, right after the save.
  const [added, setAdded] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const { busy, failure, setFailure, run } = useSaving();
  const { form, setForm, update, set, errors, setErrors, err } = useForm<SettingsForm, SettingsField>(
    () => settingsToForm(stored),
    () => setStatus(''),
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure('');
    const checked = validateSettings(form, saved);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus('');
      return;
    }
    setErrors({});
    await run(async () => {
      await write(['settings'], (d) => saveSettings(d, checked.value));
      setAdded(checked.value.myEmails.filter((email) => !saved.myEmails.includes(email)));
      setSaved(checked.value);
      setForm(settingsToForm(checked.value));
      setStatus(t('settingsSaved'));
    });
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <FormSummary errors={errors} failure={failure} />
      <AboutYouFields form={form} set={set} err={err} />
      <WorkingTimeFields form={form} set={set} update={update} err={err} />
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
      {added.length > 0 && <SelfOffer key={added.join(' ')} emails={added} />}
    </form>
  );
}
