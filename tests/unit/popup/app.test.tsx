import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addLink } from '../../../src/db/links.ts';
import { createInterview, updateInterview } from '../../../src/db/interviews.ts';
import { readPopupSnapshot } from '../../../src/db/popup-snapshot.ts';
import { writePopupSnapshot } from '../../../src/db/popup-state.ts';
import { upsertContact } from '../../../src/db/contacts.ts';
import { db } from '../../../src/db/open.ts';
import { App } from '../../../src/popup/App.tsx';
import { putTouch } from '../../../src/db/touches.ts';
import { nextStepLabel } from '../../../src/ui/followups/touch-words.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { speak } from '../../support/language.ts';
import { interviewFields, touchRecord } from '../../support/records.ts';

const HOUR = 3_600_000;

async function seedInterview() {
  const d = await db();
  const start = Date.now() - 24 * HOUR;
  const interview = await createInterview(
    d,
    interviewFields({ company: 'Acme', role: 'Designer', round: 1, start, end: start + HOUR, decisionDate: null, status: 'awaiting', notes: '' }),
    start,
  );
  const jane = await upsertContact(d, { name: 'Jane Roe', title: 'Lead', company: 'Acme', email: 'jane@acme.test', profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: start });
  await addLink(d, interview.id, jane.id, start);
  return { ...interview, janeId: jane.id };
}

const panel = () => document.querySelector<HTMLElement>('.interview-panel');

describe('the popup', () => {
  it('opens on the latest interview with its people', async () => {
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Designer');
  });

  it('opens on the interview that just took place, not on the next round scheduled next week, which has nothing to write yet', async () => {
    const d = await db();
    const nextWeek = Date.now() + 7 * 24 * HOUR;
    const later = await createInterview(d, interviewFields({ company: 'Acme', role: 'Designer', round: 2, start: nextWeek, end: nextWeek + HOUR, decisionDate: null, status: 'awaiting', notes: '' }), Date.now());
    const { janeId } = await seedInterview();
    await addLink(d, later.id, janeId, Date.now());
    render(<App />);
    await waitFor(() => expect(panel()?.querySelector('.interview-panel__meta')?.textContent).toMatch(/ · Round 1 · Awaiting decision$/));
    expect(panel()?.querySelector('[data-action="compose"]')?.textContent).toBe('Write thank-you notes');

    fireEvent.click(screen.getByRole('button', { name: 'Switch interview' }));
    const search = await screen.findByRole('combobox', { name: 'Find an interview by company or role' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(panel()?.querySelector('.interview-panel__meta')?.textContent).toMatch(/ · Round 2 · Awaiting decision$/));
    // Nobody is owed a thank-you for an interview that has not taken place.
    await waitFor(() => expect(panel()?.querySelector('[data-action="compose"]')?.textContent).toBe('Write a note'));
  });

  it('shows an interview as saved, not as it was, when coming back from editing it', async () => {
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    fireEvent.click(within(panel()!).getByRole('button', { name: 'Edit' }));
    const role = await screen.findByLabelText('Role');
    fireEvent.input(role, { target: { value: 'Lead Designer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Lead Designer'));
    // Once the list is read again too, the panel still shows what was saved.
    await new Promise((settle) => setTimeout(settle, 50));
    expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Lead Designer');
    expect(panel()?.textContent).toContain('Jane Roe');
  });
});

describe('the primary action', () => {
  const action = () => panel()?.querySelector('[data-action="compose"]')?.textContent;
  const touchesChanged = () => fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'touchesChanged', request: {} }, { id: fakeBrowser().runtime.id });

  it('is named after what to write next, and follows the touches as they change', async () => {
    const { id: interviewId, janeId: contactId } = await seedInterview();
    const d = await db();
    const thanks = touchRecord({ id: 'thanks', interviewId, contactId, kind: 'thank-you', status: 'due', dueAt: Date.now() - HOUR });
    await putTouch(d, thanks);
    render(<App />);
    await waitFor(() => expect(action()).toBe('Write thank-you notes'));

    // The note went out from the composer's tab; a check-in came due.
    await putTouch(d, { ...thanks, status: 'sent', sentAt: Date.now() - HOUR });
    await putTouch(d, touchRecord({ id: 'check', interviewId, contactId, kind: 'check-in', status: 'due', dueAt: Date.now() - 1 }));
    await touchesChanged();
    await waitFor(() => expect(action()).toBe('Write a check-in'));

    await putTouch(d, touchRecord({ id: 'check', interviewId, contactId, kind: 'check-in', status: 'skipped', dueAt: Date.now() - 1 }));
    await putTouch(d, touchRecord({ id: 'value', interviewId, contactId, kind: 'value-add', status: 'planned', dueAt: Date.now() - 1 }));
    await touchesChanged();
    await waitFor(() => expect(action()).toBe('Send a value-add'));

    await putTouch(d, touchRecord({ id: 'value', interviewId, contactId, kind: 'value-add', status: 'snoozed', dueAt: Date.now() + 24 * HOUR }));
    await touchesChanged();
    await waitFor(() => expect(action()).toBe('Write a note'));
  });

  it('says it in each language', () => {
    const labels = () => (['thank-you', 'check-in', 'value-add', null] as const).map(nextStepLabel);
    speak('en-US');
    expect(labels()).toEqual(['Write thank-you notes', 'Write a check-in', 'Send a value-add', 'Write a note']);
    speak('de');
    expect(labels()).toEqual(['Dankesnachrichten schreiben', 'Nachfrage schreiben', 'Etwas Lesenswertes schicken', 'Nachricht schreiben']);
    speak('fr');
    expect(labels()).toEqual(['Rédiger les remerciements', 'Prendre des nouvelles', 'Envoyer un partage utile', 'Rédiger un message']);
    speak('es');
    expect(labels()).toEqual(['Escribir mensajes de agradecimiento', 'Preguntar por novedades', 'Enviar un aporte útil', 'Escribir un mensaje']);
  });

  it('is to add the people met when the interview has nobody on it yet: nothing to write, nobody to write to', async () => {
    const d = await db();
    const start = Date.now() - 2 * HOUR;
    await createInterview(d, interviewFields({ company: 'Hooli', role: 'Engineer', round: 1, start, end: start + HOUR, decisionDate: null, status: 'awaiting', notes: '' }), start);
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Hooli'));
    const add = await within(panel()!).findByRole('button', { name: 'Add an interviewer' });
    expect(add.className).toBe('button button--primary');
    expect(panel()!.querySelector('[data-action="compose"]')).toBeNull();
    fireEvent.click(add);
    fireEvent.input(await within(panel()!).findByLabelText('Name'), { target: { value: 'Gavin Belson' } });
    fireEvent.click(within(panel()!).getByRole('button', { name: 'Add' }));
    // Someone just added is owed a thank-you, before the background has planned it.
    await waitFor(() => expect(action()).toBe('Write thank-you notes'));
    expect(panel()?.textContent).toContain('Gavin Belson');
  });
});

describe('the sections that open on demand', () => {
  it('the tidbits section has one heading, its own, not a second one inside it once opened', async () => {
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    const section = panel()!.querySelector<HTMLDetailsElement>('[data-section="tidbits"]')!;
    section.open = true;
    fireEvent(section, new Event('toggle'));
    await waitFor(() => expect(section.querySelector('.library-empty')).not.toBeNull());
    // The summary is the section's heading; what the section says under it is a level below.
    expect(within(section).getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`)).toEqual(['H3 Tidbits', 'H4 No tidbits for this interview yet']);
    expect(section.querySelector('summary h3')?.id).toBe('popup-tidbits-heading');
    expect(section.querySelector('[data-action="open-library"]')?.textContent).toBe('Open the tidbit library');
  });
});

describe('the popup over its snapshot', () => {
  it('paints the snapshot at once, then shows what the database holds', async () => {
    const interview = await seedInterview();
    const d = await db();
    await writePopupSnapshot(d);
    const snapshot = await readPopupSnapshot();
    // The database moved on after the snapshot was taken (it is behind only when the background did not run).
    await updateInterview(d, interview.id, { role: 'Lead Designer' }, Date.now());

    render(<App snapshot={snapshot} />);
    // No wait: the first render already shows the interview and its people.
    expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Designer');
    expect(panel()?.textContent).toContain('Jane Roe');
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Lead Designer'));
    expect(panel()?.textContent).toContain('Jane Roe');
  });

  it('without a snapshot, waits for the database and says it is loading', async () => {
    await seedInterview();
    render(<App snapshot={null} />);
    expect(panel()).toBeNull();
    expect(screen.getByText('Loading…')).toBeTruthy();
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
  });
});

describe('the interview switcher', () => {
  it('filters by what is typed, opens the match chosen with the arrow keys and Enter, and moves the keyboard to it', async () => {
    const d = await db();
    const start = Date.now() - 72 * HOUR;
    // The latest first: Initech, Initrode, then Globex.
    for (const [company, role, daysAgo] of [['Globex', 'Analyst', 5], ['Initech', 'Tester', 3], ['Initrode', 'Platform Engineer', 4]] as const) {
      const at = start - daysAgo * 24 * HOUR;
      await createInterview(d, interviewFields({ company, role, round: 1, start: at, end: at + HOUR, decisionDate: null, status: 'awaiting', notes: '' }), at);
    }
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    fireEvent.click(screen.getByRole('button', { name: 'Switch interview' }));
    const search = await screen.findByRole('combobox', { name: 'Find an interview by company or role' });
    expect(document.activeElement).toBe(search);
    // The interview shown is not offered again.
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.querySelector('.switcher__name')?.textContent)).toEqual(['Initech · Tester', 'Initrode · Platform Engineer', 'Globex · Analyst']));
    fireEvent.input(search, { target: { value: 'init' } });
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.switcher__name')?.textContent)).toEqual(['Initech · Tester', 'Initrode · Platform Engineer']);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(search.getAttribute('aria-activedescendant')).toBe('switch-option-1');
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Initrode · Platform Engineer'));
    await waitFor(() => expect(document.activeElement).toBe(within(panel()!).getByRole('heading', { level: 2 })));
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('tells two interviews at the same company apart by their day and round', async () => {
    const d = await db();
    for (const [round, day, status] of [[1, 17, 'next-round'], [2, 24, 'awaiting']] as const) {
      const at = new Date(2026, 10, day, 10, 0).getTime();
      await createInterview(d, interviewFields({ company: 'Acme', role: 'Designer', round, start: at, end: at + HOUR, decisionDate: null, status, notes: '' }), at);
    }
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    fireEvent.click(screen.getByRole('button', { name: 'Switch interview' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Acme · DesignerTue, Nov 24, 2026 · Round 2 · Awaiting decision',
      'Acme · DesignerTue, Nov 17, 2026 · Round 1 · Next round scheduled',
    ]);
  });

  it('says when nothing matches, and Escape closes it back to its button', async () => {
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    const button = screen.getByRole('button', { name: 'Switch interview' });
    fireEvent.click(button);
    const search = await screen.findByRole('combobox');
    await waitFor(() => expect(document.querySelector('.switcher__count')?.textContent).toBe('No other interview matches.'));
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
