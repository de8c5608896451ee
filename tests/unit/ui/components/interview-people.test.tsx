/** The interview's people in the popup's panel (the dashboard's card uses the same list): correct them, take them off, undo. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import { App } from '../../../../src/popup/App.tsx';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../../../support/records.ts';

const DAY = 86_400_000;
const TODAY_NOON = new Date().setHours(12, 0, 0, 0);

async function seed() {
  const d = await db();
  await d.put('interviews', interviewRecord({
    id: 'nw', company: 'Northwind Analytics', role: 'Backend Engineer', start: TODAY_NOON - DAY, timeKnown: false,
    industry: 'Software Development', location: 'Malmö, Skåne', website: 'https://www.northwind.example/', createdAt: TODAY_NOON - 2 * DAY, updatedAt: TODAY_NOON - 2 * DAY,
  }));
  await d.put('contacts', contactRecord({ id: 'priya', name: 'Priya Raman', title: 'Engineering Manager', profileUrl: 'https://www.linkedin.com/in/priya-raman/' }));
  await d.put('contacts', contactRecord({ id: 'lars', name: 'Lars Eklund', email: 'lars.eklund@northwind.example' }));
  await d.put('contacts', contactRecord({ id: 'mei', name: 'Mei Tanaka', email: 'mei.tanaka@northwind.example' }));
  await d.put('interviewers', linkRecord({ id: 'l-priya', interviewId: 'nw', contactId: 'priya', addedAt: 1 }));
  await d.put('interviewers', linkRecord({ id: 'l-lars', interviewId: 'nw', contactId: 'lars', notes: 'Kafka', addedAt: 2 }));
  await d.put('touchpoints', touchRecord({ id: 'ty-lars', interviewId: 'nw', contactId: 'lars', status: 'planned', dueAt: TODAY_NOON + DAY }));
  await d.put('touchpoints', touchRecord({ id: 'sent-lars', interviewId: 'nw', contactId: 'lars', kind: 'check-in', status: 'sent', sentAt: TODAY_NOON, body: 'Hello' }));
}

const panel = () => document.querySelector<HTMLElement>('.interview-panel')!;
const people = () => [...panel().querySelectorAll('[data-interviewer] .person-line__name')].map((name) => name.textContent);
const lines = () => [...panel().querySelectorAll('[data-interviewer] .person-line')].map((line) => line.textContent);

async function openPopup() {
  await seed();
  render(<App />);
  await waitFor(() => expect(people()).toEqual(['Priya Raman', 'Lars Eklund']));
}

describe('an interview’s people', () => {
  it('shows the interview as a day, the company’s details, and each person’s title and address', async () => {
    await openPopup();
    const meta = panel().querySelector('.interview-panel__meta')!.textContent!;
    expect(meta.startsWith(new Date(TODAY_NOON - DAY).toLocaleDateString('en-US', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }))).toBe(true);
    expect(panel().querySelector('.company-details')!.textContent).toBe('Software Development · Malmö, Skåne · northwind.example');
    expect(within(panel()).getByRole('link', { name: 'northwind.example' }).getAttribute('href')).toBe('https://www.northwind.example/');
    expect(lines()).toEqual(['Priya Raman · Engineering Manager', 'Lars Eklund']);
    // What was discussed with each, under their title and address, opens on demand.
    fireEvent.click(within(panel()).getByText('Notes and promises'));
    fireEvent(panel().querySelector('[data-section="notes"]')!, new Event('toggle'));
    await waitFor(() => expect(document.getElementById('notes-l-priya-hint')?.textContent).toBe('Engineering Manager · No email address yet'));
    expect(document.getElementById('notes-l-lars-hint')!.textContent).toBe('lars.eklund@northwind.example');
    expect(within(panel()).getByLabelText('What you discussed with Lars Eklund')).toBeTruthy();
  });

  it('takes a person off with the messages planned for them, keeps what was sent, and undo brings both back', async () => {
    await openPopup();
    const d = await db();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Take off Lars Eklund from this interview' }));
    await waitFor(() => expect(people()).toEqual(['Priya Raman']));
    expect(await screen.findByText('Lars Eklund was taken off this interview, with the messages planned for them.')).toBeTruthy();
    expect((await d.getAll('touchpoints')).map((t) => t.id)).toEqual(['sent-lars']);
    expect(await d.get('contacts', 'lars')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(people()).toEqual(['Priya Raman', 'Lars Eklund']));
    expect((await d.getAll('touchpoints')).map((t) => t.id).sort()).toEqual(['sent-lars', 'ty-lars']);
    expect((await d.get('interviewers', 'l-lars'))?.notes).toBe('Kafka');
  });

  it('corrects who a person is, and refuses an address someone else has, naming them', async () => {
    await openPopup();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Edit Priya Raman' }));
    const editor = await screen.findByRole('form', { name: 'Edit Priya Raman' });
    fireEvent.input(within(editor).getByLabelText('Email'), { target: { value: 'mei.tanaka@northwind.example' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await within(editor).findByText('Mei Tanaka already has this address. If they are one person, merge them on the People page.')).toBeTruthy();

    fireEvent.input(within(editor).getByLabelText('Email'), { target: { value: 'Priya.Raman@northwind.example' } });
    fireEvent.input(within(editor).getByLabelText('Profile address'), { target: { value: 'uk.linkedin.com/in/priya-raman?trk=x' } });
    fireEvent.input(within(editor).getByLabelText('Title'), { target: { value: 'Head of Payments' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(lines()[0]).toBe('Priya Raman · Head of Payments'));
    expect(await (await db()).get('contacts', 'priya')).toMatchObject({ email: 'priya.raman@northwind.example', profileUrl: 'https://www.linkedin.com/in/priya-raman/', title: 'Head of Payments' });
  });

  it('refuses a name left empty and a profile address that is none', async () => {
    await openPopup();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Edit Lars Eklund' }));
    const editor = await screen.findByRole('form', { name: 'Edit Lars Eklund' });
    fireEvent.input(within(editor).getByLabelText('Name'), { target: { value: '  ' } });
    fireEvent.input(within(editor).getByLabelText('Profile address'), { target: { value: 'not a page' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await within(editor).findByText('Enter the person’s name.')).toBeTruthy();
    expect(within(editor).getByText('Enter a web address, such as linkedin.com/in/their-name.')).toBeTruthy();
    expect((await (await db()).get('contacts', 'lars'))?.name).toBe('Lars Eklund');
  });
});
