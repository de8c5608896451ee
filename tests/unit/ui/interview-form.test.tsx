import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { listInterviews } from '../../../src/db/interviews.ts';
import { db } from '../../../src/db/open.ts';
import { InterviewForm } from '../../../src/ui/components/InterviewForm.tsx';
import { fakeBrowser } from '../../setup/browser.ts';

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('InterviewForm', () => {
  it('saves a valid interview and tells the background', async () => {
    const handler = vi.fn(() => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    const onSaved = vi.fn();
    render(<InterviewForm interview={null} onSaved={onSaved} onCancel={() => undefined} />);
    type('Company', 'Acme Robotics');
    type('Day of the interview', '2026-11-20');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect((await listInterviews(await db())).map((i) => i.company)).toEqual(['Acme Robotics']);
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ name: 'dataChanged' }), expect.anything());
  });

  it('ties each error to its field, announces the summary, and saves nothing', async () => {
    const onSaved = vi.fn();
    render(<InterviewForm interview={null} onSaved={onSaved} onCancel={() => undefined} />);
    type('Company', '');
    type('Day of the interview', '1850-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Please correct the highlighted fields.');
    // The focus goes to the summary, so a keyboard user hears why nothing was saved.
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const company = screen.getByLabelText('Company');
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(company.getAttribute('aria-describedby')!)?.textContent).toBe('Enter the company’s name.');
    expect(screen.getByText('This date is too far from today to be an interview.')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await listInterviews(await db())).toEqual([]);
  });

  it('renders hostile text as text, never as markup', async () => {
    const onSaved = vi.fn();
    render(<InterviewForm interview={null} onSaved={onSaved} onCancel={() => undefined} />);
    type('Company', '<img src=x onerror=alert(1)>');
    type('Day of the interview', '2026-11-20');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const saved = onSaved.mock.calls[0]![0] as { company: string };
    expect(saved.company).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
