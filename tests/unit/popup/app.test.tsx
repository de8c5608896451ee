import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addInterviewer } from '../../../src/db/interviewers.ts';
import { createInterview } from '../../../src/db/interviews.ts';
import { upsertContact } from '../../../src/db/contacts.ts';
import { db } from '../../../src/db/open.ts';
import { App } from '../../../src/popup/App.tsx';
import { interviewFields } from '../../support/records.ts';

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
  await addInterviewer(d, interview.id, jane.id, start);
  return interview;
}

const panel = () => document.querySelector<HTMLElement>('.interview-panel');

describe('the popup', () => {
  it('opens on the latest interview with its people', async () => {
    await seedInterview();
    render(<App />);
    await waitFor(() => expect(panel()?.textContent).toContain('Jane Roe'));
    expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Designer');
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
