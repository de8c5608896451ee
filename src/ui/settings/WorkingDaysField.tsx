/** The days of the week Afterview may remind on, named as the browser's language names them. */
import { uiLanguage } from '../../i18n.ts';

/** Monday first, as most of the world writes a week; the values count as Date#getDay does. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function dayName(day: number): string {
  // 2024-01-07 was a Sunday, so 2024-01-07 + day is that weekday.
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2024, 0, 7 + day));
}

interface Props {
  legend: string;
  days: number[];
  error: string | undefined;
  onChange: (days: number[]) => void;
}

export function WorkingDaysField({ legend, days, error, onChange }: Props) {
  const toggle = (day: number) => onChange(days.includes(day) ? days.filter((d) => d !== day) : [...days, day]);
  return (
    <fieldset class={error ? 'field-group field--invalid' : 'field-group'} aria-describedby={error ? 'settings-workingDays-error' : undefined}>
      <legend>{legend}</legend>
      <div class="weekdays">
        {WEEK.map((day) => (
          <label key={day} class="weekday">
            <input type="checkbox" name="workingDays" value={day} checked={days.includes(day)} onChange={() => toggle(day)} />
            {dayName(day)}
          </label>
        ))}
      </div>
      {error && (
        <p class="field__error" id="settings-workingDays-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
