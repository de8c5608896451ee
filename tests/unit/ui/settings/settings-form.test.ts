import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/types.ts';
import { settingsToForm, validateSettings, type SettingsForm } from '../../../../src/ui/settings/settings-form.ts';

const form = (changes: Partial<SettingsForm> = {}, cadence: Partial<SettingsForm['cadence']> = {}): SettingsForm => {
  const base = settingsToForm(DEFAULT_SETTINGS);
  return { ...base, ...changes, cadence: { ...base.cadence, ...cadence } };
};
const errorsOf = (f: SettingsForm) => {
  const result = validateSettings(f, DEFAULT_SETTINGS);
  return result.ok ? {} : result.errors;
};

describe('settingsToForm and validateSettings', () => {
  it('give back the same settings when nothing was changed', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      name: 'Camille Durand',
      signature: 'Camille\n+33 6 12 34 56 78',
      myEmails: ['camille@mail.example', 'c.durand@work.example'],
      workingDays: [0, 2, 4],
      workStart: 8 * 60 + 30,
      workEnd: 17 * 60 + 15,
      holidays: ['2026-01-01', '2026-05-01'],
      cadence: { checkInAfterWorkingDays: 5, valueAddEveryDays: 10, stopAfterWeeks: 6, maxStatusQuestions: 1, thankYouWithinHours: 24, sameDayBeforeHour: 14 },
    };
    expect(validateSettings(settingsToForm(settings), settings)).toEqual({ ok: true, value: settings });
  });

  it('cleans what was typed: spaces, duplicate addresses and days, upper case', () => {
    const result = validateSettings(
      form({ name: '  Camille   Durand ', myEmails: 'Camille@Mail.example, camille@mail.example;\n other@x.example ', holidays: ['2026-05-01', '2026-01-01', '2026-05-01'], workingDays: [5, 1, 1] }),
      DEFAULT_SETTINGS,
    );
    expect(result.ok && result.value).toMatchObject({
      name: 'Camille Durand',
      myEmails: ['camille@mail.example', 'other@x.example'],
      holidays: ['2026-01-01', '2026-05-01'],
      workingDays: [1, 5],
    });
  });

  it('carries settings the form does not edit through unchanged', () => {
    const base = { ...DEFAULT_SETTINGS, futureSetting: 'kept' } as Settings;
    const result = validateSettings(settingsToForm(base), base);
    expect(result.ok && (result.value as Settings & { futureSetting: string }).futureSetting).toBe('kept');
  });

  it.each<[string, SettingsForm, Record<string, { key: string; substitutions?: string[] }>]>([
    ['a name too long', form({ name: 'x'.repeat(201) }), { name: { key: 'errTooLong' } }],
    ['a signature too long', form({ signature: 'x'.repeat(20_001) }), { signature: { key: 'errTooLong' } }],
    ['an address that is not one', form({ myEmails: 'me@mail.example\nnot-an-address' }), { myEmails: { key: 'settingsErrEmail', substitutions: ['not-an-address'] } }],
    ['no working day', form({ workingDays: [] }), { workingDays: { key: 'settingsErrNoWorkingDay' } }],
    ['a time that is not one', form({ workStart: '25:00' }), { workStart: { key: 'errTimeInvalid' } }],
    ['a day that ends before it starts', form({ workStart: '18:00', workEnd: '09:00' }), { workEnd: { key: 'settingsErrEndBeforeStart' } }],
    ['a day that ends when it starts', form({ workStart: '09:00', workEnd: '09:00' }), { workEnd: { key: 'settingsErrEndBeforeStart' } }],
    ['a holiday that is not a day', form({ holidays: ['2026-02-30'] }), { holidays: { key: 'settingsErrHoliday', substitutions: ['2026-02-30'] } }],
    ['a holiday in 2201', form({ holidays: ['2201-01-01'] }), { holidays: { key: 'settingsErrHoliday', substitutions: ['2201-01-01'] } }],
    ['a holiday in 1969', form({ holidays: ['1969-12-31', '2026-01-01'] }), { holidays: { key: 'settingsErrHoliday', substitutions: ['1969-12-31'] } }],
    ['a step below its range', form({}, { thankYouWithinHours: '0' }), { thankYouWithinHours: { key: 'settingsErrWholeNumber', substitutions: ['1', '168'] } }],
    ['a step above its range', form({}, { stopAfterWeeks: '53' }), { stopAfterWeeks: { key: 'settingsErrWholeNumber', substitutions: ['1', '52'] } }],
    ['a fraction', form({}, { valueAddEveryDays: '1.5' }), { valueAddEveryDays: { key: 'settingsErrWholeNumber', substitutions: ['1', '90'] } }],
    ['an empty step', form({}, { maxStatusQuestions: '' }), { maxStatusQuestions: { key: 'settingsErrWholeNumber', substitutions: ['0', '10'] } }],
    ['a negative step', form({}, { checkInAfterWorkingDays: '-3' }), { checkInAfterWorkingDays: { key: 'settingsErrWholeNumber', substitutions: ['1', '60'] } }],
  ])('refuses %s, naming the field', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('accepts the edges of each range', () => {
    expect(errorsOf(form({}, { maxStatusQuestions: '0', sameDayBeforeHour: '24', thankYouWithinHours: '168', stopAfterWeeks: '1' }))).toEqual({});
  });
});
