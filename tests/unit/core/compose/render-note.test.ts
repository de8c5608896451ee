import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, type NoteValues } from '../../../../src/core/compose/placeholders.ts';
import { renderNote, topicSentence } from '../../../../src/core/compose/render-note.ts';
import { LIMITS } from '../../../../src/core/text.ts';

const body = (text: string, values: NoteValues) => renderNote({ subject: '', body: text }, values);

const SAMPLES: Required<NoteValues> = {
  firstName: 'Anna',
  fullName: 'Anna Schmidt',
  title: 'Head of Data Platform',
  company: 'Acme GmbH',
  role: 'Senior Data Engineer',
  round: '2',
  interviewDay: 'Tuesday, March 4',
  topic: 'moving billing to event sourcing',
  tidbitTitle: 'Event sourcing at scale',
  tidbitLink: 'https://example.com/es?ref=1&x=2',
  promise: 'the article on event sourcing',
  myName: 'Sam Lee',
  signature: 'Sam Lee\n+44 20 7946 0000',
};

describe('renderNote: every placeholder', () => {
  it.each(PLACEHOLDERS.map((p) => [p.name]))('inserts {{%s}}', (name) => {
    const value = SAMPLES[name as keyof NoteValues];
    const result = body(`[{{${name}}}]`, { [name]: value });
    expect(result.body).toBe(`[${value}]`);
    expect(result.problems).toEqual([]);
  });

  it.each(PLACEHOLDERS.map((p) => [p.name]))('reports {{%s}} when its value is missing, blank or only controls', (name) => {
    for (const value of [undefined, '', '   \n\t', '\u202E\u200F']) {
      const result = body(`[{{${name}}}]`, value === undefined ? {} : { [name]: value });
      expect(result.body).toBe('[]');
      expect(result.problems).toEqual([{ kind: 'empty', field: 'body', name, start: 1, end: name.length + 5 }]);
    }
  });

  it('fills the subject and the body from the same values', () => {
    const result = renderNote({ subject: 'Thank you — {{role}}', body: 'Hi {{ firstName }},' }, SAMPLES);
    expect(result).toEqual({ subject: 'Thank you — Senior Data Engineer', body: 'Hi Anna,', problems: [] });
  });

  it('reports each empty placeholder with its field and position, and fills the rest', () => {
    const result = renderNote({ subject: '{{role}}', body: 'Hi {{firstName}}, about {{topic}}.' }, { firstName: 'Anna' });
    expect(result.body).toBe('Hi Anna, about .');
    expect(result.problems).toEqual([
      { kind: 'empty', field: 'subject', name: 'role', start: 0, end: 8 },
      { kind: 'empty', field: 'body', name: 'topic', start: 24, end: 33 },
    ]);
  });

  it('ignores values that are not placeholders, even inherited ones', () => {
    const values = Object.assign(Object.create({ firstName: 'Inherited' }) as NoteValues, { extra: 'x' });
    expect(body('{{firstName}}', values).problems.map((p) => p.kind)).toEqual(['empty']);
  });
});

describe('renderNote: hostile values are inserted once, as plain text', () => {
  it.each([
    ['braces', '{{firstName}} {{company}}', '{{firstName}} {{company}}'],
    ['half braces', 'An}}na{{', 'An}}na{{'],
    ['section tags', '{{#tidbit}}x{{/tidbit}}', '{{#tidbit}}x{{/tidbit}}'],
    ['HTML', '<b>Anna</b><script>alert(1)</script>', '<b>Anna</b><script>alert(1)</script>'],
    ['quotes', `Anna "AJ" O'Neil`, `Anna "AJ" O'Neil`],
    ['a dollar sign', 'Anna $1 $&', 'Anna $1 $&'],
    ['Hebrew', 'דנה כהן', 'דנה כהן'],
    ['Arabic', 'محمد علي', 'محمد علي'],
    ['a bidi override', '\u202Eanna\u202C', 'anna'],
    ['isolates and marks', '\u2067Anna\u2069\u200F', 'Anna'],
    ['line breaks', 'Anna\nSchmidt\r\n', 'Anna Schmidt'],
    ['NUL and escapes', 'An\u0000na\u001B[31m', 'Anna[31m'],
    ['emoji', 'Anna 🚀👩🏽‍💻', 'Anna 🚀👩🏽‍💻'],
  ])('%s', (_label, value, expected) => {
    const result = body('Hi {{firstName}}, {{company}}', { firstName: value, company: 'Acme' });
    expect(result.body).toBe(`Hi ${expected}, Acme`);
    expect(result.problems).toEqual([]);
  });

  it('cuts a 5,000-character name to its bound and says so', () => {
    const result = body('Hi {{firstName}}!', { firstName: 'A'.repeat(5_000) });
    expect(result.body).toBe(`Hi ${'A'.repeat(LIMITS.name)}!`);
    expect(result.problems).toEqual([{ kind: 'valueTooLong', field: 'body', name: 'firstName', start: 3, end: 16 }]);
  });

  it('keeps a long but normal topic whole', () => {
    const topic = 'how the team rebuilt the ingestion pipeline '.repeat(10).trim();
    expect(topic.length).toBeGreaterThan(400);
    const result = body('About {{topic}}.', { topic });
    expect(result.body).toBe(`About ${topic}.`);
    expect(result.problems).toEqual([]);
  });

  it('keeps the signature on several lines, cleaned', () => {
    const result = body('Best,\n{{signature}}', { signature: 'Sam Lee\u202E\n\n\n\nsam@example.com  ' });
    expect(result.body).toBe('Best,\nSam Lee\n\nsam@example.com');
  });

  it('folds a multi-line value into one line in the subject', () => {
    expect(renderNote({ subject: 'From {{signature}}', body: '' }, { signature: 'Sam\nLee' }).subject).toBe('From Sam Lee');
  });
});

describe('renderNote: sections', () => {
  const template = 'Hi {{firstName}},\n\nThanks.\n\n{{#tidbit}}\nSee {{tidbitTitle}}:\n{{tidbitLink}}\n\n{{/tidbit}}\n{{^tidbit}}\nNo link today.\n\n{{/tidbit}}\nBest,\n{{myName}}';
  const base = { firstName: 'Anna', myName: 'Sam' };

  it('shows the tidbit paragraph when a tidbit is chosen', () => {
    const result = body(template, { ...base, tidbitTitle: 'A post', tidbitLink: 'https://example.com/p' });
    expect(result.body).toBe('Hi Anna,\n\nThanks.\n\nSee A post:\nhttps://example.com/p\n\nBest,\nSam');
    expect(result.problems).toEqual([]);
  });

  it('leaves the paragraph out, with no blank line and no problem, when "none" is chosen', () => {
    const result = body(template, base);
    expect(result.body).toBe('Hi Anna,\n\nThanks.\n\nNo link today.\n\nBest,\nSam');
    expect(result.problems).toEqual([]);
  });

  it('reports a tidbit title missing inside a shown section', () => {
    const result = body(template, { ...base, tidbitLink: 'https://example.com/p' });
    expect(result.problems.map((p) => [p.kind, p.name])).toEqual([['empty', 'tidbitTitle']]);
  });

  it('lets any placeholder open an inline section', () => {
    const inline = 'I thought of our talk{{#topic}} about {{topic}}{{/topic}}.';
    expect(body(inline, { topic: 'search' }).body).toBe('I thought of our talk about search.');
    expect(body(inline, {}).body).toBe('I thought of our talk.');
    expect(body(inline, {}).problems).toEqual([]);
  });

  it('shows nested sections only when both are present', () => {
    const nested = '{{#tidbit}}A{{#topic}}B{{/topic}}C{{/tidbit}}D';
    expect(body(nested, { tidbitLink: 'https://x.example', topic: 't' }).body).toBe('ABCD');
    expect(body(nested, { tidbitLink: 'https://x.example' }).body).toBe('ACD');
    expect(body(nested, { topic: 't' }).body).toBe('D');
  });

  it('hides an unknown section and reports it', () => {
    const result = body('a{{#gift}}b{{/gift}}c', {});
    expect(result.body).toBe('ac');
    expect(result.problems.map((p) => [p.kind, p.name])).toEqual([['unknown', 'gift']]);
  });
});

describe('renderNote: never sends a tag, never blanks silently', () => {
  it.each([
    ['Hi {{frstName}}!', 'Hi !', ['unknown']],
    ['Hi {{first name}}!', 'Hi !', ['unknown']],
    ['Hi {{{firstName}}}!', 'Hi }!', ['unknown']],
    ['Hi {{firstName!', 'Hi {{firstName!', ['malformed']],
    ['Hi firstName}}!', 'Hi firstName}}!', ['malformed']],
    ['Hi {{ {{firstName}}!', 'Hi {{ Anna!', ['malformed']],
    ['{{#tidbit}}x', '', ['unclosed']],
    ['x{{/tidbit}}', 'x', ['unopened']],
  ])('%j → %j with problems %j', (template, expected, kinds) => {
    const result = body(template, { firstName: 'Anna' });
    expect(result.body).toBe(expected);
    expect(result.body).not.toMatch(/\{\{[\s\S]*\}\}/);
    expect(result.problems.map((p) => p.kind)).toEqual(kinds);
  });

  it('cuts a body past LIMITS.body and says so', () => {
    const result = body(`${'word '.repeat(5_000)}{{firstName}}`, { firstName: 'Anna' });
    expect(result.body.length).toBe(LIMITS.body);
    expect(result.problems.map((p) => [p.kind, p.field])).toEqual([['fieldTooLong', 'body']]);
  });

  it('cuts a subject past LIMITS.subject and says so', () => {
    const result = renderNote({ subject: `${'x'.repeat(LIMITS.subject)} {{firstName}}`, body: 'ok' }, { firstName: 'Anna' });
    expect(result.subject.length).toBe(LIMITS.subject);
    expect(result.problems.map((p) => [p.kind, p.field])).toEqual([['fieldTooLong', 'subject']]);
  });
});

describe('topicSentence', () => {
  it.each([
    ['Thank you for your time. I especially enjoyed our conversation about {{topic}}.\n\nBest,', 'I especially enjoyed our conversation about …'],
    ['Hi {{firstName}},\nI came across this and thought of our conversation{{#topic}} about {{topic}}{{/topic}}.', 'I came across this and thought of our conversation about …'],
    ['Best,\nSam\n\nP.S. This made me think of our conversation about {{topic}}: {{tidbitTitle}}', 'This made me think of our conversation about …'],
    ['Thanks! We spoke about {{topic}}, which I keep thinking about.', 'We spoke about …, which I keep thinking about'],
  ])('%s → %s', (body, sentence) => {
    expect(topicSentence({ body }, SAMPLES)).toBe(sentence);
  });

  it('is null when the template, with these values, says nothing about a topic', () => {
    expect(topicSentence({ body: 'Hi {{firstName}}, thanks.' }, SAMPLES)).toBeNull();
    expect(topicSentence({ body: '{{#tidbit}}About {{topic}}: {{tidbitLink}}{{/tidbit}}' }, { ...SAMPLES, tidbitLink: '' })).toBeNull();
  });
});
