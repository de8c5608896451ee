/**
 * A page cannot rewrite a known contact. The speaker page names Priya Raman,
 * links her LinkedIn profile and gives another address; another Person on it
 * claims her profile under another name. Reviewed and saved as proposed, the
 * capture leaves Priya's stored name and address as they were.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { readGeneric } from '../../../../src/capture/sites/generic/reader.ts';
import { checkCapture } from '../../../../src/core/capture/check.ts';
import type { Contact } from '../../../../src/core/types.ts';
import { db } from '../../../../src/db/open.ts';
import { CaptureView } from '../../../../src/ui/capture/CaptureView.tsx';
import { contactRecord, linkRecord, interviewRecord } from '../../../support/records.ts';
import { fixture } from '../../capture/helpers.ts';

const PRIYA = contactRecord({
  id: 'priya',
  name: 'Priya Raman',
  title: 'Engineering Manager',
  company: 'Northwind Analytics',
  email: 'priya.raman@northwind.example',
  profileUrl: 'https://www.linkedin.com/in/priya-raman/',
  capturedFrom: 'google-calendar',
});

describe('a page that claims a known contact’s profile', () => {
  it('changes neither her name nor her address when its capture is saved as proposed', async () => {
    const d = await db();
    const start = Date.now() - 86_400_000;
    await d.put('interviews', interviewRecord({ id: 'nw', company: 'Northwind Analytics', role: 'Backend Engineer', start, end: start + 3_600_000, createdAt: start, updatedAt: start }));
    await d.put('contacts', PRIYA);
    await d.put('interviewers', linkRecord({ id: 'link', interviewId: 'nw', contactId: 'priya' }));

    const capture = checkCapture(readGeneric(fixture('generic_speaker-claims-profile.html')));
    const onSaved = vi.fn();
    render(<CaptureView capture={capture} url="https://talks.example/speakers/priya" onSaved={onSaved} onCancel={() => undefined} onOpen={() => undefined} />);
    const save = await screen.findByRole('button', { name: 'Save' });
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());

    const stored = (await d.get('contacts', 'priya')) as Contact;
    expect([stored.name, stored.email, stored.profileUrl]).toEqual([PRIYA.name, PRIYA.email, PRIYA.profileUrl]);
    // Nobody else took over her profile address either.
    const all = await d.getAll('contacts');
    expect(all.filter((c) => c.profileUrl === PRIYA.profileUrl).map((c) => c.id)).toEqual(['priya']);
  });
});
