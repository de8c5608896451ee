/** Each step of the follow-up cadence as a number, with what it means beside it. */
import { Field } from '../form.tsx';
import { formatCount, t, type MessageKey } from '../../i18n.ts';
import { CADENCE_FIELDS, CADENCE_RANGES, type CadenceField } from './settings-form.ts';

const LABELS: Record<CadenceField, MessageKey> = {
  thankYouWithinHours: 'cadenceThankYouWithinHours',
  sameDayBeforeHour: 'cadenceSameDayBeforeHour',
  checkInAfterWorkingDays: 'cadenceCheckInAfterWorkingDays',
  valueAddEveryDays: 'cadenceValueAddEveryDays',
  maxStatusQuestions: 'cadenceMaxStatusQuestions',
  stopAfterWeeks: 'cadenceStopAfterWeeks',
};

interface Props {
  values: Record<CadenceField, string>;
  errorOf: (field: CadenceField) => string | undefined;
  onChange: (field: CadenceField, value: string) => void;
}

export function CadenceFields({ values, errorOf, onChange }: Props) {
  return (
    <fieldset class="field-group cadence">
      <legend>{t('settingsCadence')}</legend>
      <p class="field__hint">{t('settingsCadenceHint')}</p>
      <div class="cadence__grid">
        {CADENCE_FIELDS.map((field) => {
          const id = `settings-${field}`;
          const [min, max] = CADENCE_RANGES[field];
          return (
            <Field key={field} id={id} label={t(LABELS[field])} hint={t('settingsRange', [formatCount(min), formatCount(max)])} error={errorOf(field)}>
              {(describedBy, invalid) => (
                <input
                  id={id}
                  name={field}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  step={1}
                  value={values[field]}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onInput={(e) => onChange(field, (e.currentTarget as HTMLInputElement).value)}
                />
              )}
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
