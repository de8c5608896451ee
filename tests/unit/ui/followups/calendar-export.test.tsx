import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Touch } from '../../../../src/core/types.ts';
import { followUpsIcs, ICS_FILE_NAME } from '../../../../src/ui/followups/calendar-export.ts';
import { DueList } from '../../../../src/ui/followups/DueList.tsx';
import type { DueEntry } from '../../../../src/db/due-entries.ts';
import { touchRecord } from '../../../support/records.ts';
import { DAY, HOUR, NOW, seedTouch, seedPeople } from '../../../support/seed-due.ts';

function entry(id: string, kind: Touch['kind'], status: Touch['status'], dueAt: number, contactName: string, company: string): DueEntry {
  return {
    touch: touchRecord({ id, interviewId: 'i', contactId: 'c', kind, dueAt, status, asksStatus: kind === 'check-in' }),
    contactName,
    company,
    interviewEnd: NOW - DAY,
  };
}

/** The calendar's events as plain records, lines unfolded. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) found.push(current), (current = null);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

const stamp = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

describe('followUpsIcs', () => {
  it('makes one event per pending follow-up, titled with what to do, for whom and where', () => {
    const ics = followUpsIcs(
      [
        entry('check', 'check-in', 'planned', NOW + 7 * DAY, 'Jane Doe', 'Acme'),
        entry('thank', 'thank-you', 'due', NOW - HOUR, 'Jane Doe', 'Acme, Inc.'),
        entry('value', 'value-add', 'snoozed', NOW + 2 * DAY, '', 'Acme'),
        entry('sent', 'thank-you', 'sent', NOW - DAY, 'Ben Okafor', 'Acme'),
        entry('skipped', 'value-add', 'skipped', NOW + DAY, 'Ben Okafor', 'Acme'),
      ],
      NOW,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(events(ics)).toEqual([
      { UID: 'thank@afterview', DTSTAMP: stamp(NOW), DTSTART: stamp(NOW - HOUR), DTEND: stamp(NOW - HOUR + 15 * 60_000), SUMMARY: 'Thank Jane Doe (Acme\\, Inc.)' },
      { UID: 'value@afterview', DTSTAMP: stamp(NOW), DTSTART: stamp(NOW + 2 * DAY), DTEND: stamp(NOW + 2 * DAY + 15 * 60_000), SUMMARY: 'Send your interviewer (Acme) something worth reading' },
      { UID: 'check@afterview', DTSTAMP: stamp(NOW), DTSTART: stamp(NOW + 7 * DAY), DTEND: stamp(NOW + 7 * DAY + 15 * 60_000), SUMMARY: 'Check in with Jane Doe (Acme)' },
    ]);
  });

  it('is a calendar without events when nothing is pending', () => {
    const ics = followUpsIcs([entry('sent', 'thank-you', 'sent', NOW, 'Jane Doe', 'Acme')], NOW);
    expect(events(ics)).toEqual([]);
    expect(ics).toContain('BEGIN:VCALENDAR');
  });
});

describe('the dashboard’s calendar export', () => {
  let saved: { name: string; type: string; text: Promise<string> }[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    saved = [];
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => ((blob = object as Blob), 'blob:afterview/1'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: blob!.type, text: blob!.text() });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads every pending follow-up as afterview-follow-ups.ics, not only the coming days on screen, and says so', async () => {
    const seed = await seedPeople();
    await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due', dueAt: NOW - HOUR });
    await seedTouch({ id: 'check-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'check-in', dueAt: NOW + 9 * DAY });
    await seedTouch({ id: 'value-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'value-add', status: 'snoozed', dueAt: NOW + 30 * DAY });
    await seedTouch({ id: 'sent-ben', interviewId: seed.interviewId, contactId: seed.ben, status: 'sent', dueAt: NOW - DAY, sentAt: NOW - DAY });
    render(<DueList variant="dashboard" />);
    const button = await screen.findByRole('button', { name: 'Add follow-ups to my calendar (.ics)' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(saved.map((s) => [s.name, s.type])).toEqual([[ICS_FILE_NAME, 'text/calendar;charset=utf-8']]));
    expect(events(await saved[0]!.text).map((e) => e.SUMMARY)).toEqual([
      'Thank Jane Doe (Acme)',
      'Check in with Ben Okafor (Acme)',
      'Send Ben Okafor (Acme) something worth reading',
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved afterview-follow-ups.ics. Open it to add the follow-ups to your calendar.'));
    // The link is not left behind in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('is not offered in the popup, where a download may outlive the page', async () => {
    const seed = await seedPeople();
    await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due', dueAt: NOW - HOUR });
    render(<DueList variant="popup" />);
    await screen.findByRole('heading', { name: 'Follow-ups due (1)' });
    expect(screen.queryByRole('button', { name: 'Add follow-ups to my calendar (.ics)' })).toBeNull();
  });
});
