import { describe, expect, it } from 'vitest';
import { interviewToForm, readWebsite, validateInterviewForm, type InterviewForm } from '../../../src/core/interview-input.ts';

const NOW = new Date(2026, 10, 26, 12, 0).getTime();

const valid: InterviewForm = {
  company: 'Acme Robotics',
  role: 'Staff Engineer',
  round: '2',
  date: '2026-11-24',
  startTime: '14:00',
  endTime: '15:15',
  decisionDate: '2026-12-10',
  status: 'awaiting',
  notes: 'Talked about\r\nrobot arms',
  industry: ' Software\tDevelopment ',
  location: 'Malmö, Skåne',
  website: 'northwind.example',
};

describe('validateInterviewForm', () => {
  it('turns a complete form into local instants and clean text', () => {
    const result = validateInterviewForm(valid, NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        company: 'Acme Robotics',
        role: 'Staff Engineer',
        round: 2,
        start: new Date(2026, 10, 24, 14, 0).getTime(),
        end: new Date(2026, 10, 24, 15, 15).getTime(),
        timeKnown: true,
        decisionDate: '2026-12-10',
        status: 'awaiting',
        notes: 'Talked about\nrobot arms',
        industry: 'Software Development',
        location: 'Malmö, Skåne',
        website: 'https://northwind.example/',
      },
    });
  });

  it('keeps an interview without a time as its day: no hour invented, round 1, no end', () => {
    const result = validateInterviewForm({ ...valid, startTime: '', endTime: '', round: '', decisionDate: '' }, NOW);
    // Noon of the day, so that a move of a few time zones leaves it on its day.
    expect(result.ok && result.value).toMatchObject({ start: new Date(2026, 10, 24, 12, 0).getTime(), timeKnown: false, end: null, round: 1, decisionDate: null });
  });

  it.each([
    ['', ''],
    ['https://www.northwind.example/about', 'https://www.northwind.example/about'],
    ['www.northwind.example', 'https://www.northwind.example/'],
    ['http://northwind.example', 'http://northwind.example/'],
    ['not a site', null],
    ['localhost', null],
    ['javascript:alert(1)', null],
  ])('reads the website %j as %j', (typed, url) => expect(readWebsite(typed)).toBe(url));

  it.each<[string, Partial<InterviewForm>, Record<string, string>]>([
    ['empty company', { company: '   ' }, { company: 'errCompanyRequired' }],
    ['a company of 10,000 characters', { company: 'x'.repeat(10_000) }, { company: 'errTooLong' }],
    ['a role of 10,000 characters', { role: 'y'.repeat(10_000) }, { role: 'errTooLong' }],
    ['notes of 30,000 characters', { notes: 'n'.repeat(30_000) }, { notes: 'errTooLong' }],
    ['no date', { date: '' }, { date: 'errDateRequired' }],
    ['an impossible date', { date: '2026-02-30' }, { date: 'errDateInvalid' }],
    ['a date in 1901', { date: '1901-01-01' }, { date: 'errDateAbsurd' }],
    ['a date in 2999', { date: '2999-01-01' }, { date: 'errDateAbsurd' }],
    ['an end before the start', { endTime: '13:00' }, { endTime: 'errEndBeforeStart' }],
    ['a time of 25:00', { startTime: '25:00' }, { startTime: 'errTimeInvalid' }],
    ['an end without a start', { startTime: '' }, { endTime: 'errEndWithoutStart' }],
    ['a website that is none', { website: 'javascript:alert(1)' }, { website: 'errWebsiteInvalid' }],
    ['an industry of 10,000 characters', { industry: 'i'.repeat(10_000) }, { industry: 'errTooLong' }],
    ['a location of 10,000 characters', { location: 'l'.repeat(10_000) }, { location: 'errTooLong' }],
    ['round zero', { round: '0' }, { round: 'errRound' }],
    ['round 2.5', { round: '2.5' }, { round: 'errRound' }],
    ['a decision before the interview', { decisionDate: '2026-11-01' }, { decisionDate: 'errDecisionBeforeInterview' }],
    ['a decision in 2999', { decisionDate: '2999-01-01' }, { decisionDate: 'errDateAbsurd' }],
  ])('refuses %s with a message for that field', (_name, change, errors) => {
    expect(validateInterviewForm({ ...valid, ...change }, NOW)).toEqual({ ok: false, errors });
  });

  it('never accepts a day after 2200, however late the clock says it is', () => {
    const late = Date.UTC(2200, 5, 1);
    expect(validateInterviewForm({ ...valid, date: '2200-07-01', decisionDate: '' }, late).ok).toBe(true);
    expect(validateInterviewForm({ ...valid, date: '2201-07-01', decisionDate: '' }, late)).toEqual({ ok: false, errors: { date: 'errDateAbsurd' } });
    expect(validateInterviewForm({ ...valid, date: '2200-07-01', decisionDate: '2201-01-10' }, late)).toEqual({ ok: false, errors: { decisionDate: 'errDateAbsurd' } });
  });

  it('reports every wrong field at once', () => {
    const result = validateInterviewForm({ ...valid, company: '', date: 'soon', round: '-1' }, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['company', 'date', 'round']);
  });

  it('removes control and bidi-override characters from what is stored', () => {
    const result = validateInterviewForm({ ...valid, company: 'Ac\u202Eme\u0007 Inc' }, NOW);
    expect(result.ok && result.value.company).toBe('Acme Inc');
  });

  it('falls back to awaiting for an unknown status', () => {
    const result = validateInterviewForm({ ...valid, status: 'hired!!' }, NOW);
    expect(result.ok && result.value.status).toBe('awaiting');
  });
});

describe('interviewToForm', () => {
  it('shows a stored interview so that saving it unchanged gives the same values', () => {
    const first = validateInterviewForm(valid, NOW);
    if (!first.ok) throw new Error('fixture invalid');
    const form = interviewToForm(first.value, NOW);
    expect(form).toEqual({ ...valid, notes: 'Talked about\nrobot arms', industry: 'Software Development', website: 'https://northwind.example/' });
    const again = validateInterviewForm(form, NOW);
    expect(again).toEqual(first);
  });

  it('shows an interview kept as a day without a time, and saves it again as a day', () => {
    const day = validateInterviewForm({ ...valid, startTime: '', endTime: '' }, NOW);
    if (!day.ok) throw new Error('fixture invalid');
    const form = interviewToForm(day.value, NOW);
    expect([form.date, form.startTime, form.endTime]).toEqual(['2026-11-24', '', '']);
    expect(validateInterviewForm(form, NOW)).toEqual(day);
  });

  it('starts a new interview on today with nothing else filled in', () => {
    expect(interviewToForm(null, NOW)).toMatchObject({ company: '', date: '2026-11-26', startTime: '', round: '1', status: 'awaiting' });
  });
});
