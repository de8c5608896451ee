import { describe, expect, it } from 'vitest';
import { sentTouch, touchKindOf, unsentTouch, type SentNote } from '../../../../src/core/compose/sent-touch.ts';
import type { Touch } from '../../../../src/core/types.ts';
import { touchRecord } from '../../../support/records.ts';

const NOW = Date.UTC(2025, 2, 5, 9, 0);

const sent: SentNote = {
  interviewId: 'i1',
  contactId: 'c1',
  kind: 'thank-you',
  subject: 'Thank you — Data Engineer interview',
  body: 'Hi Anna,\n\nThank you.\n\nSam',
  tidbitId: 't1',
  now: NOW,
  newId: () => 'new-id',
};

const planned: Touch = touchRecord({
  id: 'p1',
  interviewId: 'i1',
  contactId: 'c1',
  kind: 'thank-you',
  dueAt: NOW - 3_600_000,
  status: 'due',
  notifiedAt: NOW - 1_800_000,
});

describe('sentTouchpoint', () => {
  it('completes the planned touch, keeping its id, due time and notification', () => {
    expect(sentTouch(planned, sent)).toEqual({
      ...planned,
      status: 'sent',
      sentAt: NOW,
      subject: sent.subject,
      body: sent.body,
      tidbitId: 't1',
    });
  });

  it('records a note sent with nothing planned as a new touch due now', () => {
    expect(sentTouch(null, sent)).toEqual({
      id: 'new-id',
      interviewId: 'i1',
      contactId: 'c1',
      kind: 'thank-you',
      dueAt: NOW,
      status: 'sent',
      notifiedAt: null,
      sentAt: NOW,
      subject: sent.subject,
      body: sent.body,
      tidbitId: 't1',
      asksStatus: false,
    });
  });

  it('adds a new record when the touch was already sent, leaving the history alone', () => {
    const earlier = { ...planned, status: 'sent' as const, sentAt: NOW - 86_400_000, body: 'first' };
    const again = sentTouch(earlier, { ...sent, body: 'second' });
    expect(again.id).toBe('new-id');
    expect(again.body).toBe('second');
    expect(earlier.body).toBe('first');
  });

  it.each([
    ['thank-you', false],
    ['check-in', true],
    ['value-add', false],
  ] as const)('a %s asks about the status: %s', (kind, asks) => {
    expect(sentTouch(null, { ...sent, kind }).asksStatus).toBe(asks);
  });

  it('records the kind that was sent, not the kind that was planned', () => {
    const touch = sentTouch({ ...planned, kind: 'check-in' }, { ...sent, kind: 'value-add' });
    expect([touch.kind, touch.asksStatus]).toEqual(['value-add', false]);
  });

  it('keeps the exact text, line breaks and spaces included, and no tidbit when none was sent', () => {
    const touch = sentTouch(null, { ...sent, subject: '  Re:  x ', body: 'a\r\n\r\n\r\n  b  ', tidbitId: null });
    expect([touch.subject, touch.body, touch.tidbitId]).toEqual(['  Re:  x ', 'a\r\n\r\n\r\n  b  ', null]);
  });

  it('refuses a touch that belongs to someone else', () => {
    expect(() => sentTouch({ ...planned, contactId: 'c2' }, sent)).toThrow(/another/);
    expect(() => sentTouch({ ...planned, interviewId: 'i2' }, sent)).toThrow(/another/);
  });
});

describe('touchKindOf', () => {
  it.each([
    ['thank-you', null, 'thank-you'],
    ['check-in', 'thank-you', 'check-in'],
    ['value-add', null, 'value-add'],
    ['second-round', null, 'thank-you'],
    ['custom', 'check-in', 'check-in'],
    ['custom', null, 'thank-you'],
  ] as const)('a %s template sent for a planned %s is a %s', (templateKind, planned, expected) => {
    expect(touchKindOf(templateKind, planned)).toBe(expected);
  });
});

describe('unsentTouchpoint', () => {
  const record = sentTouch(planned, sent);

  it('puts back the planned touch a note completed, exactly as it was', () => {
    expect(unsentTouch(record, planned)).toBe(planned);
  });

  it('removes a touch that was added when the note was recorded', () => {
    expect(unsentTouch(sentTouch(null, sent), null)).toBeNull();
  });

  it('returns a touch to the plan, without its words or its tidbit, when what it replaced is not known', () => {
    expect(unsentTouch(record, undefined)).toEqual({ ...planned, status: 'planned', notifiedAt: null });
    // A record of another touch is not what this one replaced.
    expect(unsentTouch(record, { ...planned, id: 'other' })).toEqual({ ...planned, status: 'planned', notifiedAt: null });
  });
});
