/**
 * Every page's root shows what failed and the ways out when rendering throws,
 * never a blank page: the boundary itself with a component that throws, each
 * page's real entry point with its app made to throw, and the dashboard over
 * a date no one could mean (stored before the checks refused such dates).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../../src/core/backup/parse.ts';
import { db } from '../../../../src/db/open.ts';
import { App as Dashboard } from '../../../../src/options/App.tsx';
import { ErrorBoundary } from '../../../../src/ui/components/ErrorBoundary.tsx';
import { axeViolations } from '../../../support/axe.ts';
import { interviewRecord } from '../../../support/records.ts';
import { catchDownloads } from '../backup/downloads.ts';

function Throws(): never {
  throw new RangeError('Invalid time value');
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the error boundary', () => {
  it('says what failed and what to do, in whole sentences', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = render(
      <ErrorBoundary>
        <Throws />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('This page could not be shown');
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent).filter(Boolean)).toEqual([
      'What failed: Invalid time value',
      'Your data is still stored in this browser. Reload the page to try again, or download a copy of your data as it is stored.',
    ]);
    expect(within(alert).getAllByRole('button').map((b) => b.textContent)).toEqual(['Download a copy of your data', 'Reload']);
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('reloads the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Throws />
      </ErrorBoundary>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('hands over a copy of the data as it is stored, or says nothing is stored', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const downloads = catchDownloads();
    render(
      <ErrorBoundary>
        <Throws />
      </ErrorBoundary>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Download a copy of your data' }));
    await screen.findByText('Nothing is stored in this browser yet, so there is nothing to copy.');
    expect(await downloads()).toEqual([]);

    await (await db()).put('interviews', interviewRecord({ id: 'kept', company: 'Northwind', start: Date.UTC(2026, 2, 9) }));
    fireEvent.click(screen.getByRole('button', { name: 'Download a copy of your data' }));
    await screen.findByText(/^Saved afterview-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    const [file] = await downloads();
    const parsed = parseBackup(file!.text);
    expect(parsed.ok && parsed.backup.data.interviews.map((i) => i.company)).toEqual(['Northwind']);
  });

  it('shows the rest of the page when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>All well</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All well')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('every page root', () => {
  it.each([
    ['the popup', '../../../../src/popup/main.tsx', '../../../../src/popup/App.tsx', 'App'],
    ['the dashboard', '../../../../src/options/main.tsx', '../../../../src/options/App.tsx', 'App'],
    ['the composer page', '../../../../src/compose/main.tsx', '../../../../src/compose/ComposePage.tsx', 'ComposePage'],
  ])('%s shows the error screen when its app throws', async (_page, main, app, component) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = '<div id="app"></div>';
    vi.resetModules();
    vi.doMock(app, () => ({ [component]: Throws }));
    try {
      await import(main);
    } finally {
      vi.doUnmock(app);
    }
    await waitFor(() => expect(document.querySelector('#page-error-heading')?.textContent).toBe('This page could not be shown'));
    expect(document.querySelector('[role="alert"] p')?.textContent).toBe('What failed: Invalid time value');
  });

  it('the dashboard shows the error screen, not a blank page, over an interview dated in the year 275760', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const d = await db();
    await d.put('interviews', interviewRecord({ id: 'far', company: 'Far Future', start: 8.64e15 - 3_600_000, end: 8.64e15 }));
    await d.put('touchpoints', { id: 'late', interviewId: 'far', contactId: 'c', kind: 'thank-you', dueAt: 8.64e15 + 86_400_000, status: 'planned', notifiedAt: null, sentAt: null, subject: '', body: '', tidbitId: null, asksStatus: false });
    render(
      <ErrorBoundary>
        <Dashboard />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
  });
});
