/** Days off, one date at a time: added with a date field, removed with a button each. */
import { useState } from 'preact/hooks';
import { localDateTime, parseLocalDate, parsePlausibleDate } from '../../core/local-time.ts';
import { formatDay } from '../format.ts';
import { t } from '../../i18n.ts';

interface Props {
  days: string[];
  error: string | undefined;
  onChange: (days: string[]) => void;
}

function dayLabel(text: string): string {
  const day = parseLocalDate(text);
  return day ? formatDay(localDateTime(day, { hour: 12, minute: 0 })) : text;
}

export function HolidaysField({ days, error, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const shown = problem || error;
  const add = () => {
    if (!parsePlausibleDate(draft)) {
      setProblem(t('settingsErrHoliday', draft || '—'));
      return;
    }
    setProblem('');
    if (!days.includes(draft)) onChange([...days, draft].sort());
    setDraft('');
  };
  return (
    <fieldset class={shown ? 'field-group field--invalid' : 'field-group'}>
      <legend>{t('settingsHolidays')}</legend>
      <p class="field__hint" id="settings-holiday-hint">
        {t('settingsHolidaysHint')}
      </p>
      <div class="holiday-add">
        <div class="field">
          <label for="settings-holiday">{t('settingsHolidayDay')}</label>
          <input
            id="settings-holiday"
            type="date"
            value={draft}
            aria-invalid={Boolean(shown)}
            aria-describedby={shown ? 'settings-holiday-hint settings-holidays-error' : 'settings-holiday-hint'}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" class="button" data-action="add-holiday" onClick={add}>
          {t('add')}
        </button>
      </div>
      {shown && (
        <p class="field__error" id="settings-holidays-error">
          {shown}
        </p>
      )}
      {days.length > 0 ? (
        <ul class="holiday-list" aria-label={t('settingsHolidays')}>
          {days.map((day) => (
            <li key={day}>
              <span>{dayLabel(day)}</span>
              <button type="button" class="link-button" aria-label={t('settingsRemoveHoliday', dayLabel(day))} onClick={() => onChange(days.filter((d) => d !== day))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('settingsNoHolidays')}</p>
      )}
    </fieldset>
  );
}
