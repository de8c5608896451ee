// The settings as the form edits them (text, as typed) and the check back to Settings. Its bounds sit inside
// those a backup accepts (core/backup/records.ts), so whatever is saved here can be exported and restored.
import { MAX_HOLIDAYS, MAX_OWN_EMAILS } from '../../core/backup/records.ts';
import { parseLocalTime, parsePlausibleDate } from '../../core/local-time.ts';
import { cleanBlock, cleanEmail, cleanLine, LIMITS } from '../../core/text.ts';
import type { CadenceSettings, Settings } from '../../core/types.ts';
import { formatCount } from '../../i18n.ts';

export type CadenceField = keyof CadenceSettings;

export const CADENCE_FIELDS: readonly CadenceField[] = [
  'thankYouWithinHours',
  'sameDayBeforeHour',
  'checkInAfterWorkingDays',
  'valueAddEveryDays',
  'maxStatusQuestions',
  'stopAfterWeeks',
];

/** The smallest and largest value each step of the cadence may take. */
export const CADENCE_RANGES: Record<CadenceField, readonly [number, number]> = {
  thankYouWithinHours: [1, 168],
  sameDayBeforeHour: [0, 24],
  checkInAfterWorkingDays: [1, 60],
  valueAddEveryDays: [1, 90],
  maxStatusQuestions: [0, 10],
  stopAfterWeeks: [1, 52],
};

export interface SettingsForm {
  name: string;
  signature: string;
  /** One address per line (commas and semicolons also separate). */
  myEmails: string;
  workingDays: number[];
  /** `HH:MM` */
  workStart: string;
  workEnd: string;
  holidays: string[];
  cadence: Record<CadenceField, string>;
  onDeviceAi: boolean;
}

export type SettingsField = Exclude<keyof SettingsForm, 'cadence'> | CadenceField;

interface FieldError {
  key: string;
  substitutions?: string[];
}

type SettingsErrors = Partial<Record<SettingsField, FieldError>>;

export type SettingsCheck = { ok: true; value: Settings } | { ok: false; errors: SettingsErrors };

const pad = (n: number) => String(n).padStart(2, '0');
const minutesToTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export function settingsToForm(settings: Settings): SettingsForm {
  return {
    name: settings.name,
    signature: settings.signature,
    myEmails: settings.myEmails.join('\n'),
    workingDays: [...settings.workingDays],
    workStart: minutesToTime(settings.workStart),
    workEnd: minutesToTime(Math.min(settings.workEnd, 23 * 60 + 59)),
    holidays: [...settings.holidays],
    cadence: Object.fromEntries(CADENCE_FIELDS.map((f) => [f, String(settings.cadence[f])])) as Record<CadenceField, string>,
    onDeviceAi: settings.onDeviceAi,
  };
}

function readEmails(text: string, errors: SettingsErrors): string[] {
  const emails: string[] = [];
  for (const item of text.split(/[\s,;]+/).filter(Boolean)) {
    const email = cleanEmail(item);
    if (!email) {
      errors.myEmails ??= { key: 'settingsErrEmail', substitutions: [cleanLine(item, 80)] };
    } else if (!emails.includes(email)) emails.push(email);
  }
  if (emails.length > MAX_OWN_EMAILS) errors.myEmails ??= { key: 'settingsErrTooManyEmails', substitutions: [formatCount(MAX_OWN_EMAILS)] };
  return emails;
}

function readMinutes(text: string, field: 'workStart' | 'workEnd', errors: SettingsErrors): number {
  const time = parseLocalTime(text);
  if (!time) {
    errors[field] = { key: 'errTimeInvalid' };
    return 0;
  }
  return time.hour * 60 + time.minute;
}

/** `base` carries any setting this form does not edit through unchanged. */
export function validateSettings(form: SettingsForm, base: Settings): SettingsCheck {
  const errors: SettingsErrors = {};
  const name = cleanLine(form.name, Infinity);
  if (name.length > LIMITS.name) errors.name = { key: 'errTooLong' };
  const signature = cleanBlock(form.signature, Infinity);
  if (signature.length > LIMITS.body) errors.signature = { key: 'errTooLong' };
  const myEmails = readEmails(form.myEmails, errors);

  const workingDays = [...new Set(form.workingDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6))].sort((a, b) => a - b);
  if (workingDays.length === 0) errors.workingDays = { key: 'settingsErrNoWorkingDay' };
  const workStart = readMinutes(form.workStart, 'workStart', errors);
  const workEnd = readMinutes(form.workEnd, 'workEnd', errors);
  if (!errors.workStart && !errors.workEnd && workEnd <= workStart) errors.workEnd = { key: 'settingsErrEndBeforeStart' };

  const holidays = [...new Set(form.holidays)].sort();
  const badDay = holidays.find((day) => !parsePlausibleDate(day));
  if (badDay !== undefined) errors.holidays = { key: 'settingsErrHoliday', substitutions: [cleanLine(badDay, 40)] };
  else if (holidays.length > MAX_HOLIDAYS) errors.holidays = { key: 'settingsErrTooManyHolidays', substitutions: [formatCount(MAX_HOLIDAYS)] };

  const cadence = {} as CadenceSettings;
  for (const field of CADENCE_FIELDS) {
    const [min, max] = CADENCE_RANGES[field];
    const text = form.cadence[field].trim();
    const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) errors[field] = { key: 'settingsErrWholeNumber', substitutions: [formatCount(min), formatCount(max)] };
    cadence[field] = value;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...base, name, signature, myEmails, workingDays, workStart, workEnd, holidays, cadence, onDeviceAi: form.onDeviceAi === true } };
}
