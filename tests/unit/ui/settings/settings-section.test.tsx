import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/types.ts';
import { db } from '../../../../src/db/open.ts';
import { getSettings, saveSettings } from '../../../../src/db/settings.ts';
import { SettingsSection } from '../../../../src/ui/settings/SettingsSection.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const describedBy = (label: string) =>
  (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

async function openSettings() {
  const view = render(<SettingsSection revision={0} />);
  await screen.findByLabelText('Your name');
  return view;
}

describe('the settings section', () => {
  it('shows the stored settings', async () => {
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, name: 'Camille', myEmails: ['camille@mail.example'], holidays: ['2026-05-01'] });
    await openSettings();
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Camille');
    expect((screen.getByLabelText('Your email addresses') as HTMLTextAreaElement).value).toBe('camille@mail.example');
    expect((screen.getByLabelText('Working day starts') as HTMLInputElement).value).toBe('09:00');
    const days = within(screen.getByRole('group', { name: 'Working days' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(days.map((d) => [d.parentElement?.textContent, d.checked])).toEqual([
      ['Monday', true],
      ['Tuesday', true],
      ['Wednesday', true],
      ['Thursday', true],
      ['Friday', true],
      ['Saturday', false],
      ['Sunday', false],
    ]);
    expect(within(screen.getByRole('list', { name: 'Days off' })).getByRole('listitem').textContent).toContain('May 1, 2026');
    expect((screen.getByLabelText(/^Stop following up after/) as HTMLInputElement).value).toBe('8');
  });

  it('refuses what is wrong with a clear message at each field, and saves nothing', async () => {
    const handler = vi.fn((_m: unknown) => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    await openSettings();
    type('Your email addresses', 'me@mail.example\nme-at-home');
    type('Working day starts', '18:00');
    type('Working day ends', '08:00');
    type('Stop following up after this many weeks', '0');
    for (const box of within(screen.getByRole('group', { name: 'Working days' })).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) fireEvent.click(box);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByText('Please correct the highlighted fields.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(describedBy('Your email addresses')).toContain('“me-at-home” is not an email address.');
    expect(describedBy('Working day ends')).toBe('The working day must end after it starts.');
    expect(describedBy('Stop following up after this many weeks')).toBe('From 1 to 52. | Enter a whole number from 1 to 52.');
    expect(screen.getByLabelText('Stop following up after this many weeks').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose at least one working day.')).toBeTruthy();
    expect(await getSettings(await db())).toEqual(DEFAULT_SETTINGS);
    expect(handler).not.toHaveBeenCalled();
  });

  it('saves valid settings, then tells the background to re-plan with them', async () => {
    const handler = vi.fn((_m: unknown) => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    await openSettings();
    type('Your name', 'Camille Durand');
    type('Signature', 'Camille Durand\nData engineer');
    type('Your email addresses', 'Camille@Mail.example');
    fireEvent.click(within(screen.getByRole('group', { name: 'Working days' })).getByLabelText('Saturday'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Working days' })).getByLabelText('Monday'));
    type('Working day starts', '08:30');
    type('Add a day off', '2026-12-25');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    type('Add a day off', '2026-12-24');
    fireEvent.keyDown(screen.getByLabelText('Add a day off'), { key: 'Enter' });
    type('Share something useful every so many days', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Settings saved.');
    expect(await getSettings(await db())).toEqual({
      ...DEFAULT_SETTINGS,
      name: 'Camille Durand',
      signature: 'Camille Durand\nData engineer',
      myEmails: ['camille@mail.example'],
      workingDays: [2, 3, 4, 5, 6],
      workStart: 8 * 60 + 30,
      holidays: ['2026-12-24', '2026-12-25'],
      cadence: { ...DEFAULT_SETTINGS.cadence, valueAddEveryDays: 10 },
    });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ name: 'dataChanged', request: { stores: ['settings'] } }), expect.anything());
    // The form shows what was stored, and the notice goes at the next change.
    expect((screen.getByLabelText('Your email addresses') as HTMLTextAreaElement).value).toBe('camille@mail.example');
    type('Your name', 'Camille');
    expect(screen.queryByText('Settings saved.')).toBeNull();
  });

  it('turns drafting with the on-device model off and on again, saying what the model is given', async () => {
    await openSettings();
    const box = screen.getByLabelText('Offer to draft notes with the browser’s on-device AI') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(describedBy('Offer to draft notes with the browser’s on-device AI')).toBe(
      'Only where the browser has its own model (Chrome 138 or later, on a computer that can run it). The model runs on this computer and is given only the interview, the person’s name and title, your notes about them and the interview, the promise, the tidbit and your signature. Nothing leaves your browser.',
    );
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(await getSettings(await db())).toEqual({ ...DEFAULT_SETTINGS, onDeviceAi: false });
    fireEvent.click(screen.getByLabelText('Offer to draft notes with the browser’s on-device AI'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getSettings(await db())).onDeviceAi).toBe(true));
  });

  it('shows the settings a restore brought once they are read', async () => {
    const view = await openSettings();
    type('Your name', 'Typed before the restore');
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, name: 'Restored' });
    view.rerender(<SettingsSection revision={1} />);
    await waitFor(() => expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Restored'));
  });

  it('removes a day off with its own button, and refuses an empty one or one no one could mean', async () => {
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, holidays: ['2026-05-01', '2026-07-14'] });
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: /^Remove .*May 1, 2026/ }));
    expect(within(screen.getByRole('list', { name: 'Days off' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Jul 14, 2026'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('“—” is not a day from 1970 to 2200. Choose a date.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Add a day off'), { target: { value: '2999-12-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('“2999-12-25” is not a day from 1970 to 2200. Choose a date.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect((await getSettings(await db())).holidays).toEqual(['2026-07-14']);
  });

  it('has no accessibility violations that axe can see without layout, errors shown or not', async () => {
    const view = await openSettings();
    expect(await axeViolations(view.container)).toEqual([]);
    type('Your email addresses', 'nope');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Please correct the highlighted fields.');
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
