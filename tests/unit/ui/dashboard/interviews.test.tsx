import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../../../../src/db/backup.ts';
import { db } from '../../../../src/db/open.ts';
import { App } from '../../../../src/options/App.tsx';
import { CARDS_PER_PAGE } from '../../../../src/ui/dashboard/InterviewsSection.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { makeDataset } from '../../../support/seed.ts';
import { axeViolations } from '../../../support/axe.ts';
import { NOW, seed } from '../../../support/seed-dashboard.ts';

const stored = async () => exportAll(await db());
const card = (company: string) => screen.getByRole('article', { name: company });
const cardNames = () => screen.queryAllByRole('article').map((a) => a.querySelector('h3')?.textContent);

function listenForChanges() {
  const handler = vi.fn((_message: unknown) => Promise.resolve({ ok: true, value: {} }));
  fakeBrowser().runtime.onMessage.addListener(handler);
  return () => handler.mock.calls.map(([m]) => m as { name: string; request: { stores: string[] } }).filter((m) => m.name === 'dataChanged');
}

async function openDashboard() {
  const view = render(<App />);
  await screen.findByRole('list', { name: 'Interviews' });
  return view;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  location.hash = '';
});
afterEach(() => {
  location.hash = '';
});

describe('the dashboard’s interviews', () => {
  it('shows every interview as a card: company, role, round, status, interviewers and a timeline', async () => {
    await seed();
    await openDashboard();
    expect(cardNames()).toEqual(['Acme Robotics', 'Globex', 'Initech']);
    const acme = card('Acme Robotics');
    expect(acme.querySelector('.interview-card__meta')?.textContent).toMatch(/^Data Engineer · Round 1 · /);
    expect(acme.querySelector('.status')?.textContent).toBe('Awaiting decision');
    expect(within(acme).getByRole('list', { name: 'Interviewers' }).textContent).toBe('Anna Lee · Head of DataBen Okafor · Staff Engineer');

    const line = within(acme).getByRole('list', { name: 'Follow-ups for Acme Robotics' });
    const steps = within(line).getAllByRole('listitem').map((li) => [li.querySelector('.timeline__what')?.textContent, li.querySelector('.timeline__when')?.textContent]);
    expect(steps).toEqual([
      ['Interview', 'Mar 7'],
      ['Thank-you to Anna Lee, Ben Okafor', 'sent Mar 7'],
      ['Today', 'Mar 10'],
      ['Check-in to Anna Lee', 'planned for Mar 15'],
    ]);
    expect(line.querySelector('[aria-current="date"]')?.textContent).toContain('Today');
    expect(within(card('Globex')).getByRole('list', { name: 'Follow-ups for Globex' }).textContent).toContain('snoozed to Mar 12');
    expect(card('Initech').querySelector('.status')?.textContent).toBe('Offer');
  });

  it('filters by status and searches companies, people, notes and tidbits with one box', async () => {
    await seed();
    await openDashboard();
    const status = screen.getByLabelText('Status', { selector: '#dash-status' });
    expect([...(status as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'All statuses (3)',
      'Awaiting decision (1)',
      'Next round scheduled (1)',
      'Offer (1)',
      'Rejected (0)',
      'Withdrawn (0)',
    ]);
    fireEvent.change(status, { target: { value: 'offer' } });
    expect(cardNames()).toEqual(['Initech']);
    expect(screen.getByText('Showing 1 of 3 interviews.')).toBeTruthy();

    fireEvent.change(status, { target: { value: 'all' } });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    for (const [query, expected] of [
      ['postgres', ['Globex']],
      ['okafor', ['Acme Robotics']],
      ['kafka', ['Acme Robotics']],
      ['chloe', ['Globex', 'Initech']],
      ['no such thing', []],
    ] as const) {
      fireEvent.input(search, { target: { value: query } });
      expect(cardNames()).toEqual(expected);
    }
    expect(screen.getByText('Showing 0 of 3 interviews.')).toBeTruthy();
  });

  it('changes an interview’s status from its card, stores it and tells the background', async () => {
    await seed();
    const changes = listenForChanges();
    await openDashboard();
    fireEvent.change(within(card('Acme Robotics')).getByLabelText('Status'), { target: { value: 'rejected' } });
    await waitFor(() => expect(card('Acme Robotics').querySelector('.status')?.textContent).toBe('Rejected'));
    expect((await stored()).interviews.find((i) => i.id === 'acme')?.status).toBe('rejected');
    expect(changes()).toEqual([expect.objectContaining({ request: { stores: ['interviews'], interviewIds: ['acme'] } })]);
    expect(screen.getByText('Acme Robotics is now: Rejected.')).toBeTruthy();
  });

  it('deletes an interview with everything that hangs on it, and undo puts all of it back', async () => {
    await seed();
    const changes = listenForChanges();
    await openDashboard();
    const before = await stored();

    fireEvent.click(within(card('Globex')).getByRole('button', { name: 'Delete' }));
    const message = await screen.findByText('Deleted the interview at Globex.');
    await waitFor(() => expect(document.activeElement).toBe(message));
    await waitFor(() => expect(cardNames()).toEqual(['Acme Robotics', 'Initech']));
    const after = await stored();
    expect(after.interviews.map((i) => i.id)).not.toContain('globex');
    expect(after.interviewers.map((l) => l.id)).not.toContain('l-chloe');
    expect(after.touchpoints.map((t) => t.id)).not.toContain('va-chloe');
    expect(after.tidbits.find((t) => t.id === 't-pg')?.interviewId).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cardNames()).toEqual(['Acme Robotics', 'Globex', 'Initech']));
    expect(await stored()).toEqual(before);
    expect(screen.queryByText('Deleted the interview at Globex.')).toBeNull();
    expect(changes().length).toBe(2);
  });

  it('edits an interview in place and shows the change on its card', async () => {
    await seed();
    listenForChanges();
    await openDashboard();
    fireEvent.click(within(card('Acme Robotics')).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Lead Data Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(card('Acme Robotics').querySelector('.interview-card__meta')?.textContent).toMatch(/^Lead Data Engineer · /));
    expect((await stored()).interviews.find((i) => i.id === 'acme')?.role).toBe('Lead Data Engineer');
  });

  it('edits the notes of an interview and of each interviewer from its card', async () => {
    await seed();
    await openDashboard();
    const notes = within(card('Acme Robotics')).getByRole('button', { name: 'Notes and people' });
    expect(notes.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(notes);
    expect(notes.getAttribute('aria-expanded')).toBe('true');
    fireEvent.input(screen.getByLabelText('Notes from the interview'), { target: { value: 'Kafka, then Flink' } });
    fireEvent.input(screen.getByLabelText('What you discussed with Ben Okafor'), { target: { value: 'Hiring plans' } });
    await waitFor(async () => {
      const data = await stored();
      expect(data.interviews.find((i) => i.id === 'acme')?.notes).toBe('Kafka, then Flink');
      expect(data.interviewers.find((l) => l.id === 'l-ben')?.notes).toBe('Hiring plans');
    });
    // Closing the notes reads them back, so the search finds what was just typed.
    fireEvent.click(notes);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'flink' } });
    await waitFor(() => expect(cardNames()).toEqual(['Acme Robotics']));
  });

  it('renders a thousand interviews a page at a time, and a search starts again from the first page', async () => {
    await seed(makeDataset({ interviews: 1000, contactsPerInterview: 1, tidbits: 0, touchpoints: 0, templates: 0, seed: 7, now: NOW }));
    await openDashboard();
    expect(screen.getAllByRole('article')).toHaveLength(CARDS_PER_PAGE);
    expect(screen.getByText('Showing 1,000 of 1,000 interviews.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Show ${CARDS_PER_PAGE} more` }));
    expect(screen.getAllByRole('article')).toHaveLength(2 * CARDS_PER_PAGE);
    fireEvent.change(screen.getByLabelText('Status', { selector: '#dash-status' }), { target: { value: 'awaiting' } });
    expect(screen.getAllByRole('article').length).toBeLessThanOrEqual(CARDS_PER_PAGE);
    expect(screen.getAllByRole('article').every((a) => a.querySelector('.status')?.textContent === 'Awaiting decision')).toBe(true);
    // Seeding a thousand interviews takes seconds on a busy two-core machine: more than the default five.
  }, 30_000);

  it('says what to do when there is nothing yet', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No interviews yet' })).toBeTruthy();
  });

  it('has no accessibility violations that axe can see without layout', async () => {
    await seed();
    const view = await openDashboard();
    fireEvent.click(within(card('Acme Robotics')).getByRole('button', { name: 'Notes and people' }));
    expect(await axeViolations(view.container)).toEqual([]);
  });
});

describe('the dashboard’s sections', () => {
  it('switches section by its address, marks the current one, and moves the focus to its heading', async () => {
    await seed();
    await openDashboard();
    const nav = screen.getByRole('navigation', { name: 'Dashboard sections' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '#interviews',
      '#due',
      '#tidbits',
      '#people',
      '#templates',
      '#settings',
      '#backup',
    ]);
    expect(within(nav).getByRole('link', { name: 'Interviews' }).getAttribute('aria-current')).toBe('page');

    location.hash = '#settings';
    window.dispatchEvent(new Event('hashchange'));
    const heading = await screen.findByRole('heading', { name: 'Settings', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('list', { name: 'Interviews' })).toBeNull();

    // The template editor is loaded when its section is first shown; its heading still gets the focus.
    location.hash = '#templates';
    window.dispatchEvent(new Event('hashchange'));
    const templates = await screen.findByRole('heading', { name: 'Note templates', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(templates));

    location.hash = '#due';
    window.dispatchEvent(new Event('hashchange'));
    expect(await screen.findByRole('heading', { name: 'Due follow-ups' })).toBeTruthy();
  });

  it('opens on the section its address names', async () => {
    location.hash = '#backup';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Backup', level: 2 })).toBeTruthy();
  });
});
