import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../src/core/capture-check.ts';

describe('checkCapture', () => {
  it('passes a well-formed capture through unchanged', () => {
    const capture = {
      source: 'google-calendar',
      people: [{ name: 'Jane Doe', title: null, company: null, email: 'jane@acme.test', profileUrl: null, role: 'organizer' }],
      company: null,
      event: { title: 'Interview', start: '2026-11-26T14:00:00.000Z', end: '2026-11-26T15:00:00.000Z', location: 'https://meet.google.com/abc-defg-hij' },
      account: 'me@example.org',
    };
    expect(checkCapture(capture)).toEqual(capture);
  });

  it('keeps the signed-in account only when it is an address, and only with something found', () => {
    const base = { source: 'google-calendar', people: [{ name: 'Jane Doe', email: 'jane@acme.test' }], company: null, event: null };
    expect(checkCapture({ ...base, account: ' ME@Example.org ' }).account).toBe('me@example.org');
    expect(checkCapture({ ...base, account: 'javascript:alert(1)' })).not.toHaveProperty('account');
    expect(checkCapture({ ...base, account: 42 })).not.toHaveProperty('account');
    expect(checkCapture({ ...base, people: [], account: 'me@example.org' })).toEqual({ source: 'none', people: [], company: null, event: null });
  });

  it.each([null, 'text', 42, { source: 'evil' }, { source: 'generic', people: 'x' }])('turns %j into nothing found', (value) => {
    expect(checkCapture(value)).toEqual({ source: 'none', people: [], company: null, event: null });
  });

  it('bounds, cleans and drops what does not fit', () => {
    const result = checkCapture({
      source: 'linkedin-profile',
      people: [
        { name: 'J'.repeat(5_000) + '\u202E', email: 'javascript:alert(1)', profileUrl: 'javascript:alert(1)', role: 'king' },
        { name: '', email: '', profileUrl: '' },
        ...Array.from({ length: 500 }, (_, i) => ({ name: `P${i}` })),
      ],
      company: { name: 'Acme', url: 'data:text/html,x' },
      event: { title: 'T', start: 'not a date' },
    });
    expect(result.people).toHaveLength(100);
    expect(result.people[0]).toEqual({ name: 'J'.repeat(200), title: null, company: null, email: null, profileUrl: null, role: null });
    expect(result.company).toEqual({ name: 'Acme', industry: null, location: null, url: null });
    expect(result.event).toEqual({ title: 'T', start: null, end: null, location: null });
  });
});
