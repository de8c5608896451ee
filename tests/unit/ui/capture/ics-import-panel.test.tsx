import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { listInterviews } from '../../../../src/db/interviews.ts';
import { db } from '../../../../src/db/open.ts';
import { IcsImportPanel } from '../../../../src/ui/capture/IcsImportPanel.tsx';

const invite = readFileSync(resolve(__dirname, '../../../fixtures/pages/ics_google-invite.ics'), 'utf8');

function pick(file: File) {
  const input = screen.getByLabelText('Import an invitation (.ics)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('IcsImportPanel (the dashboard’s invitation import)', () => {
  it('reviews a picked invitation and files it as a new interview with its people', async () => {
    const onFiled = vi.fn();
    render(<IcsImportPanel onFiled={onFiled} />);
    pick(new File([invite], 'invite.ics', { type: 'text/calendar' }));
    // The parser, the review and the database code it reads with load on demand, each the first time here: more than the default second on a loaded machine.
    await screen.findByText('From a calendar invitation (.ics)', undefined, { timeout: 5_000 });
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Northwind Analytics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledOnce());
    const [interview] = await listInterviews(await db());
    expect(interview?.company).toBe('Northwind Analytics');
    expect(await (await db()).count('interviewers')).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toBe('Saved to Northwind Analytics — Backend Engineer');
    expect(interview).toMatchObject({ role: 'Backend Engineer', round: 2, timeKnown: true });
    // Back to the picker for the next invitation.
    expect(screen.getByLabelText('Import an invitation (.ics)')).toBeTruthy();
  });

  it('goes back to the picker on cancel and files nothing', async () => {
    const onFiled = vi.fn();
    render(<IcsImportPanel onFiled={onFiled} />);
    pick(new File([invite], 'invite.ics'));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Import an invitation (.ics)')).toBeTruthy();
    expect(onFiled).not.toHaveBeenCalled();
    expect(await listInterviews(await db())).toEqual([]);
  });
});
