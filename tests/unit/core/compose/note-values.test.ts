import { describe, expect, it } from 'vitest';
import { noteValues, type NoteSources } from '../../../../src/core/compose/note-values.ts';
import { renderNote } from '../../../../src/core/compose/render-note.ts';

const sources: NoteSources = {
  contact: { name: 'Doe, Jane', title: 'Engineering Manager', company: 'Acme Holdings' },
  interview: { company: 'Acme', role: 'Data Engineer', round: 2, start: new Date(2025, 2, 4, 10, 30).getTime() },
  settings: { name: 'Sam Lee', signature: 'Sam Lee\nsam@example.com' },
  tidbit: { title: 'Event sourcing at scale', url: 'https://example.com/es' },
  topic: '  moving billing to event sourcing ',
  promise: ' the article on  event sourcing ',
  locale: 'en-US',
};

describe('noteValues', () => {
  it('derives every placeholder from the records', () => {
    expect(noteValues(sources)).toEqual({
      firstName: 'Jane',
      fullName: 'Doe, Jane',
      title: 'Engineering Manager',
      company: 'Acme',
      role: 'Data Engineer',
      round: '2',
      interviewDay: 'Tuesday, March 4',
      topic: 'moving billing to event sourcing',
      tidbitTitle: 'Event sourcing at scale',
      tidbitLink: 'https://example.com/es',
      promise: 'the article on event sourcing',
      myName: 'Sam Lee',
      signature: 'Sam Lee\nsam@example.com',
    });
  });

  it.each([
    ['de', 'Dienstag, 4. März'],
    ['en-GB', 'Tuesday 4 March'],
    ['fr_FR', 'mardi 4 mars'],
    ['not a locale!', 'Tuesday, March 4'],
  ])('writes the day of the interview in %s', (locale, expected) => {
    expect(noteValues({ ...sources, locale }).interviewDay).toBe(expected);
  });

  it('leaves the tidbit values empty when "none" is chosen', () => {
    const values = noteValues({ ...sources, tidbit: null });
    // A promise is kept only by the tidbit that goes with it.
    expect([values.tidbitTitle, values.tidbitLink, values.promise]).toEqual(['', '', '']);
  });

  it("names an untitled tidbit by its site, and refuses a link that is not http(s)", () => {
    expect(noteValues({ ...sources, tidbit: { title: '', url: 'https://www.example.org/a' } }).tidbitTitle).toBe('example.org');
    const unsafe = noteValues({ ...sources, tidbit: { title: 'x', url: 'javascript:alert(1)' } });
    expect(unsafe.tidbitLink).toBe('');
  });

  it("uses the contact's company when the interview has none", () => {
    expect(noteValues({ ...sources, interview: { ...sources.interview, company: '' } }).company).toBe('Acme Holdings');
  });

  it('signs with the name when no signature is set', () => {
    expect(noteValues({ ...sources, settings: { name: 'Sam Lee', signature: '  ' } }).signature).toBe('Sam Lee');
    expect(noteValues({ ...sources, settings: { name: '', signature: '' } }).signature).toBe('');
  });

  it('cleans what the records hold', () => {
    const values = noteValues({
      ...sources,
      contact: { name: '\u202EJane\nDoe', title: 'CTO\u0000', company: '' },
      topic: 'a'.repeat(5_000),
    });
    expect([values.fullName, values.firstName, values.title]).toEqual(['Jane Doe', 'Jane', 'CTO']);
  });

  it('leaves a value past its limit long enough for the renderer to report the cut', () => {
    const values = noteValues({ ...sources, topic: 'a'.repeat(5_000) });
    expect(values.topic.length).toBeGreaterThan(500);
    expect(values.topic.length).toBeLessThan(5_000);
    const note = renderNote({ subject: '', body: '{{topic}}' }, values);
    expect(note.body.length).toBe(500);
    expect(note.problems.map((p) => [p.kind, p.name])).toEqual([['valueTooLong', 'topic']]);
  });
});
