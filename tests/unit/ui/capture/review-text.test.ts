/** Every sentence the capture review writes, whole, with each value present and missing. */
import { describe, expect, it } from 'vitest';
import type { MatchEvidence, Ranking } from '../../../../src/core/filing/match.ts';
import type { KnownPerson } from '../../../../src/core/filing/known-people.ts';
import type { InterviewChange } from '../../../../src/core/filing/suggest.ts';
import { changeText, conflictText, knownText, matchText } from '../../../../src/ui/capture/review-text.ts';
import { contactRecord, interviewRecord } from '../../../support/records.ts';

const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const northwind = interviewRecord({ id: 'nw', company: 'Northwind Analytics', role: 'Backend Engineer', start: at(12, 2, 12), timeKnown: false });
const evidence = (fields: Partial<MatchEvidence>): MatchEvidence => ({ interviewId: 'nw', score: 5, shared: [], company: null, time: null, ...fields });
/** The pickers name an interview of this year by its day alone ("Mar 3"). */
const thisYear = interviewRecord({ id: 'nw', company: 'Northwind Analytics', role: 'Backend Engineer', start: new Date(new Date().getFullYear(), 2, 3, 12).getTime(), timeKnown: false });
const chosen = (fields: Partial<MatchEvidence>): Ranking => ({ ranked: [evidence(fields)], chosen: evidence(fields) });
const unsure = (fields: Partial<MatchEvidence>): Ranking => ({ ranked: [evidence(fields)], chosen: null });

describe('why the review chose an interview, or none', () => {
  it.each<[string, Ranking, string]>([
    ['the company and one person', chosen({ company: 'part', shared: ['Priya Raman'] }), 'Chosen because it’s the same company and Priya Raman is already in it.'],
    ['the company and two people', chosen({ company: 'same', shared: ['Priya Raman', 'Lars Eklund'] }), 'Chosen because it’s the same company and Priya Raman and Lars Eklund are already in it.'],
    ['three people', chosen({ shared: ['Priya Raman', 'Lars Eklund', 'Mei Tanaka'] }), 'Chosen because Priya Raman, Lars Eklund, and Mei Tanaka are already in it.'],
    ['the same time', chosen({ time: 'same-time' }), 'Chosen because it’s at the same time.'],
    ['the same day, the domain and a person', chosen({ time: 'same-day', company: 'domain', shared: ['Lars Eklund'] }), 'Chosen because it’s on the same day, it’s the same company, and Lars Eklund is already in it.'],
    ['the company alone', chosen({ company: 'same', time: 'near' }), 'Chosen because it’s the same company.'],
    ['nothing to say', chosen({ score: 3 }), 'Chosen as the likeliest match.'],
    ['no open interview', { ranked: [], chosen: null }, 'None of your open interviews matches, so this will be a new interview.'],
    ['nothing that matches', unsure({ score: -2 }), 'None of your open interviews matches, so this will be a new interview.'],
    ['another round', unsure({ score: 5, time: 'apart' }), 'This looks like another round: Northwind Analytics · Backend Engineer · Mar 3 is at another time. It will be a new interview unless you choose that one.'],
    ['two as likely', unsure({ score: 3 }), 'Not sure which interview this belongs to: the likeliest is first in the list.'],
  ])('%s', (_what, ranking, sentence) => expect(matchText(ranking, [thisYear])).toBe(sentence));

  it('names another round without a role', () => {
    expect(matchText(unsure({ time: 'apart' }), [{ ...thisYear, role: '' }])).toBe(
      'This looks like another round: Northwind Analytics · Mar 3 is at another time. It will be a new interview unless you choose that one.',
    );
  });
});

// A range of hours is written as ICU writes it: thin spaces around the dash, a narrow one before AM/PM.
describe('what saving will fill in or change', () => {
  const change = (field: InterviewChange['field'], fill: boolean, set: InterviewChange['set'], was = northwind): InterviewChange => ({ field, fill, set, was });
  const timed = { ...northwind, start: at(10, 6, 10), end: at(10, 6, 11), timeKnown: true };
  const dayOnly = { ...northwind, start: at(10, 7, 12), end: at(10, 7, 12) };
  it.each<[string, InterviewChange, string]>([
    ['a fuller company name', change('company', true, { company: 'Northwind Analytics AB' }), 'Use the company’s full name: Northwind Analytics AB'],
    ['a role where there was none', change('role', true, { role: 'Backend Engineer' }, { ...northwind, role: '' }), 'Add the role: Backend Engineer'],
    ['another role', change('role', false, { role: 'Data Engineer' }), 'Change the role from Backend Engineer to Data Engineer'],
    ['the round', change('round', true, { round: 2 }), 'Change the round from 1 to 2'],
    ['a time where there was that day', change('time', true, { start: at(10, 7, 13), end: at(10, 7, 14), timeKnown: true }, dayOnly), 'Set the time: Wed, Oct 7, 1:00\u2009–\u20092:00\u202fPM (it had only a day)'],
    ['a time without an end', change('time', true, { start: at(10, 7, 13), end: null, timeKnown: true }, dayOnly), 'Set the time: Wed, Oct 7, 1:00 PM (it had only a day)'],
    // Filling in a time on another day moves the interview: said so, with the day it had.
    ['a time on another day than the one it had', change('time', true, { start: at(10, 7, 13), end: at(10, 7, 14), timeKnown: true }), 'Move it from Wed, Dec 2, 2026 to Wed, Oct 7, 1:00\u2009–\u20092:00\u202fPM'],
    ['a moved time', change('time', false, { start: at(10, 7, 13), end: at(10, 7, 14), timeKnown: true }, timed), 'Move it from Tue, Oct 6, 10:00\u2009–\u200911:00\u202fAM to Wed, Oct 7, 1:00\u2009–\u20092:00\u202fPM'],
    ['an industry', change('industry', true, { industry: 'Software Development' }), 'Add the industry: Software Development'],
    ['another industry', change('industry', false, { industry: 'Fintech' }), 'Change the industry to Fintech'],
    ['a location', change('location', true, { location: 'Malmö, Skåne' }), 'Add the location: Malmö, Skåne'],
    ['another location', change('location', false, { location: 'Lund' }), 'Change the location to Lund'],
    ['a website', change('website', true, { website: 'https://www.northwind.example/' }), 'Add the website: northwind.example'],
    ['another website', change('website', false, { website: 'https://northwind-analytics.example/' }), 'Change the website to northwind-analytics.example'],
    ['the LinkedIn page standing in for a website', change('website', true, { website: 'https://www.linkedin.com/company/northwind-analytics/' }), 'Add the company’s LinkedIn page: linkedin.com/company/northwind-analytics'],
    ['another LinkedIn page', change('website', false, { website: 'https://www.linkedin.com/company/northwind/' }), 'Change the company’s page to linkedin.com/company/northwind'],
  ])('%s', (_what, c, sentence) => expect(changeText(c)).toBe(sentence));
});

describe('who a captured person already is', () => {
  const priya = contactRecord({ id: 'p', name: 'Priya Raman', email: 'priya.raman@northwind.example', profileUrl: 'https://www.linkedin.com/in/priya-raman/' });
  const known = (fields: Partial<KnownPerson>): KnownPerson => ({ contact: priya, by: 'email', inInterview: true, fills: [], conflicts: [], ...fields });
  it.each<[string, KnownPerson | null, string]>([
    ['someone new', null, ''],
    ['on the interview', known({}), 'Already in this interview'],
    ['on the interview, with an address to add', known({ fills: ['email'] }), 'Already in this interview; this adds their email'],
    ['on the interview, with two things to add', known({ fills: ['email', 'profileUrl'] }), 'Already in this interview; this adds their email and profile address'],
    ['known from elsewhere', known({ inInterview: false }), 'Known contact: will be added to this interview'],
    ['known from elsewhere, with a name to add', known({ inInterview: false, fills: ['name'] }), 'Known contact: will be added, with their name'],
  ])('%s', (_what, person, sentence) => expect(knownText(person)).toBe(sentence));

  // The row shows the person as stored: what the capture adds is said with its value, or it is shown nowhere.
  const captured = { name: 'Priya Raman', email: 'priya@northwind.example', profileUrl: 'https://www.linkedin.com/in/priya-raman/' };
  it.each<[string, KnownPerson, string]>([
    ['an email', known({ fills: ['email'] }), 'Already in this interview; this adds their email priya@northwind.example'],
    ['an email and a profile', known({ fills: ['email', 'profileUrl'] }), 'Already in this interview; this adds their email priya@northwind.example and profile address linkedin.com/in/priya-raman'],
    ['a name, known from elsewhere', known({ inInterview: false, fills: ['name'] }), 'Known contact: will be added, with their name Priya Raman'],
  ])('says the value it adds: %s', (_what, person, sentence) => expect(knownText(person, captured)).toBe(sentence));

  it.each([
    ['email', 'priya@talks.example', 'Known as priya.raman@northwind.example — change email to priya@talks.example?'],
    ['name', 'Mallory Quinn', 'Known as Priya Raman — change name to Mallory Quinn?'],
    ['profileUrl', 'https://www.linkedin.com/in/mallory/', 'Known as linkedin.com/in/priya-raman — change profile address to linkedin.com/in/mallory?'],
  ] as const)('asks before changing their %s', (field, captured, sentence) => {
    expect(conflictText(known({ conflicts: [field] }), field, captured)).toBe(sentence);
  });
});
