/** The first run's welcome, and the one offer to take the candidate off interviews where an address of theirs was filed. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/types.ts';
import { db } from '../../../../src/db/open.ts';
import { getSettings, saveSettings, SETTINGS_KEY } from '../../../../src/db/settings.ts';
import { App } from '../../../../src/options/App.tsx';
import { SettingsSection } from '../../../../src/ui/settings/SettingsSection.tsx';
import { WelcomeSection } from '../../../../src/ui/settings/WelcomeSection.tsx';
import { axeViolations } from '../../../support/axe.ts';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../../../support/records.ts';

const ME = 'viewer.person@example.org';
/** In this year, so the pickers name it by its day alone ("Oct 7"). */
const START = new Date(new Date().getFullYear(), 9, 7, 13).getTime();

afterEach(() => {
  location.hash = '';
});

/** The candidate, filed as an interviewer on one interview (or two) before they gave their address. */
async function filedAsInterviewer(interviews = 1) {
  const d = await db();
  await d.put('contacts', contactRecord({ id: 'me', email: ME }));
  for (let i = 0; i < interviews; i += 1) {
    await d.put('interviews', interviewRecord({ id: `nw${i}`, company: 'Northwind Analytics', role: 'Backend Engineer', start: START + i * 86_400_000 }));
    await d.put('interviewers', linkRecord({ id: `l${i}`, interviewId: `nw${i}`, contactId: 'me' }));
    await d.put('touchpoints', touchRecord({ id: `ty${i}`, interviewId: `nw${i}`, contactId: 'me', status: 'planned' }));
  }
}

async function openWelcome(onDone = vi.fn()) {
  const view = render(<WelcomeSection onDone={onDone} />);
  await screen.findByLabelText('Your name');
  return { ...view, onDone };
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the welcome', () => {
  it('says what Afterview does and that nothing leaves the browser, with sensible defaults', async () => {
    const view = await openWelcome();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Welcome to Afterview');
    expect(view.container.querySelector('.welcome__what')!.textContent).toBe(
      'After each job interview, Afterview helps you thank every interviewer with a personal note and keep in touch usefully until they decide.',
    );
    expect(view.container.querySelector('.welcome__private')!.textContent).toBe('Everything stays in this browser: nothing you enter or capture is sent anywhere.');
    expect(screen.getByText('Every address you use, personal and work, one per line. Afterview never lists them as an interviewer.')).toBeTruthy();
    expect((screen.getByLabelText('Working day starts') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Working day ends') as HTMLInputElement).value).toBe('18:00');
    const days = within(screen.getByRole('group', { name: 'Working days' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(days.map((d) => d.checked)).toEqual([true, true, true, true, true, false, false]);
    expect(screen.getByText('You can change all of this later in Settings.')).toBeTruthy();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('saves who the candidate is and when they work, then moves on', async () => {
    const { onDone } = await openWelcome();
    type('Your name', 'Viewer Person');
    type('Your email addresses', `${ME}\nviewer@work.example`);
    type('Signature', 'Viewer Person\n+46 555 0100');
    type('Working day starts', '08:30');
    fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(await getSettings(await db())).toEqual({
      ...DEFAULT_SETTINGS,
      name: 'Viewer Person',
      myEmails: [ME, 'viewer@work.example'],
      signature: 'Viewer Person\n+46 555 0100',
      workStart: 8 * 60 + 30,
    });
  });

  it('keeps every default on Skip and stores nothing', async () => {
    const { onDone } = await openWelcome();
    type('Your name', 'Typed but skipped');
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(onDone).toHaveBeenCalledOnce();
    expect(await (await db()).get('settings', SETTINGS_KEY)).toBeUndefined();
  });

  it('refuses what is not an address and stores nothing', async () => {
    const { onDone } = await openWelcome();
    type('Your email addresses', 'viewer-at-home');
    fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(await screen.findByText('“viewer-at-home” is not an email address.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(await (await db()).get('settings', SETTINGS_KEY)).toBeUndefined();
  });

  it('offers to take the candidate off the interview their address was filed on, and undo puts it back', async () => {
    await filedAsInterviewer();
    const { onDone } = await openWelcome();
    type('Your email addresses', ME);
    fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(await screen.findByText('Saved. Afterview will never list these addresses as an interviewer.')).toBeTruthy();
    // With the saved notice already: the offer shows what the save read, without reading it again.
    const offer = screen.getByRole('group');
    expect(offer.querySelector('p')!.textContent).toBe(
      `You are listed as an interviewer on Northwind Analytics · Backend Engineer · Oct 7, as ${ME}. Take yourself off? The messages planned for you there go too.`,
    );
    fireEvent.click(within(offer).getByRole('button', { name: 'Take me off' }));
    expect(await screen.findByText('You were taken off Northwind Analytics · Backend Engineer · Oct 7.')).toBeTruthy();
    const d = await db();
    expect([await d.count('interviewers'), await d.count('touchpoints')]).toEqual([0, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect([await d.count('interviewers'), await d.count('touchpoints')]).toEqual([1, 1]));
    fireEvent.click(screen.getByRole('button', { name: 'Go to my interviews' }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('opens at #welcome without the navigation, and moves on to the interviews', async () => {
    location.hash = '#welcome';
    render(<App />);
    await screen.findByRole('heading', { name: 'Welcome to Afterview' });
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('navigation');
    expect(location.hash).toBe('#interviews');
  });
});

describe('the settings', () => {
  it('link to the welcome again', async () => {
    render(<SettingsSection revision={0} />);
    expect((await screen.findByRole('link', { name: 'Open the welcome page again' })).getAttribute('href')).toBe('#welcome');
  });

  it('offer once to take the candidate off the interviews a newly added address was filed on', async () => {
    await filedAsInterviewer(2);
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, myEmails: ['viewer@work.example'] });
    render(<SettingsSection revision={0} />);
    await screen.findByLabelText('Your name');
    type('Your email addresses', `viewer@work.example\n${ME}`);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const offer = await screen.findByRole('group', { name: /^You are listed/ });
    expect(offer.querySelector('p')!.textContent).toBe(`You are listed as an interviewer on 2 interviews, as ${ME}. Take yourself off them? The messages planned for you there go too.`);
    fireEvent.click(within(offer).getByRole('button', { name: 'Leave it' }));
    expect(screen.queryByRole('group', { name: /^You are listed/ })).toBeNull();
    // Saved again, the address is no longer new: no second offer.
    type('Your name', 'Viewer Person');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(screen.queryByRole('group', { name: /^You are listed/ })).toBeNull();
    expect(await (await db()).count('interviewers')).toBe(2);
  });

  it('take the candidate off every such interview at once', async () => {
    await filedAsInterviewer(2);
    render(<SettingsSection revision={0} />);
    await screen.findByLabelText('Your name');
    type('Your email addresses', ME);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(within(await screen.findByRole('group', { name: /^You are listed/ })).getByRole('button', { name: 'Take me off' }));
    expect(await screen.findByText('You were taken off 2 interviews.')).toBeTruthy();
    expect(await (await db()).count('interviewers')).toBe(0);
  });
});
