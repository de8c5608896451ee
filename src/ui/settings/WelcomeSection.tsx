import { useState } from 'preact/hooks';
import type { Settings } from '../../core/types.ts';
import { getSettings, saveSettings } from '../../db/settings.ts';
import { FormSummary, useForm, useSaving } from '../form.tsx';
import { errorText, t } from '../../i18n.ts';
import { write } from '../../db/write.ts';
import { useLoaded } from '../use-loaded.ts';
import { readSelfOffer, SelfOffer, type SelfOfferData } from './SelfOffer.tsx';
import { AboutYouFields, WorkingTimeFields } from './SettingsFields.tsx';
import { settingsToForm, validateSettings, type SettingsField, type SettingsForm } from './settings-form.ts';

/** Where the welcome leaves the user: the interviews, empty at first, with the way to capture. */
const start = () => {
  location.hash = 'interviews';
};

/**
 * The first thing a new install shows (the dashboard's #welcome, opened on
 * install and again from the settings): what Afterview does in a line, that
 * nothing leaves the browser, and the few settings that keep captures right
 * from the start. Every address given here is never ticked as an
 * interviewer. Each field has a sensible default, and Skip keeps them all.
 */
export function WelcomeSection({ onDone = start }: { onDone?: () => void }) {
  const loaded = useLoaded(getSettings);
  return (
    <section id="welcome" class="dash-section welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
      <p class="welcome__what">{t('welcomeWhat')}</p>
      <p class="welcome__private">{t('welcomePrivate')}</p>
      {loaded.value ? (
        <WelcomeForm stored={loaded.value} onDone={onDone} />
      ) : loaded.error ? (
        <p role="alert">{errorText(loaded.error)}</p>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </section>
  );
}

function WelcomeForm({ stored, onDone }: { stored: Settings; onDone: () => void }) {
  const { form, set, update, errors, setErrors, err } = useForm<SettingsForm, SettingsField>(() => settingsToForm(stored));
  const { busy, failure, setFailure, run } = useSaving();
  // The addresses just added that were filed as an interviewer before, with what the offer shows about them.
  const [added, setAdded] = useState<{ emails: string[]; found: SelfOfferData } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure('');
    const checked = validateSettings(form, stored);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await run(async () => {
      const d = await write(['settings'], async (d) => {
        await saveSettings(d, checked.value);
        return d;
      });
      const fresh = checked.value.myEmails.filter((email) => !stored.myEmails.includes(email));
      // Addresses that were filed as an interviewer before get their offer first; otherwise on to the interviews.
      const found = await readSelfOffer(d, fresh);
      if (found.links.length > 0) setAdded({ emails: fresh, found });
      else onDone();
    });
  };

  if (added) {
    return (
      <div class="welcome__saved">
        <p class="notice" role="status">
          {t('welcomeSaved')}
        </p>
        <SelfOffer emails={added.emails} known={added.found} />
        <div class="actions">
          <button type="button" class="button button--primary" data-action="welcome-continue" onClick={onDone}>
            {t('welcomeContinue')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form class="settings-form welcome__form" onSubmit={submit} noValidate aria-labelledby="welcome-heading">
      <FormSummary errors={errors} failure={failure} />
      <AboutYouFields form={form} set={set} err={err} />
      <WorkingTimeFields form={form} set={set} update={update} err={err} holidays={false} />
      <div class="actions">
        <button type="submit" class="button button--primary" data-action="save-welcome" disabled={busy}>
          {t('welcomeSave')}
        </button>
        <button type="button" class="button" data-action="skip-welcome" onClick={onDone}>
          {t('welcomeSkip')}
        </button>
      </div>
      <p class="field__hint">{t('welcomeLater')}</p>
    </form>
  );
}
