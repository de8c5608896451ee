import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../../src/core/compose/lint-template.ts';
import { PLACEHOLDERS } from '../../../../src/core/compose/placeholders.ts';

const body = (text: string) => lintTemplate({ subject: '', body: text });

describe('lintTemplate', () => {
  it('finds nothing wrong with every known placeholder and the tidbit section', () => {
    const all = PLACEHOLDERS.map((p) => `{{${p.name}}}`).join(' ');
    expect(lintTemplate({ subject: '{{ firstName }}', body: `${all}\n{{#tidbit}}x{{/tidbit}}{{^tidbit}}y{{/tidbit}}` })).toEqual([]);
  });

  it.each([
    ['Hi {{frstName}}', { kind: 'unknown', name: 'frstName', start: 3, end: 15 }],
    ['Hi {{ FirstName }}', { kind: 'unknown', name: 'FirstName', start: 3, end: 18 }],
    ['Hi {{first name}}', { kind: 'unknown', name: 'first name', start: 3, end: 17 }],
    ['Hi {{}}', { kind: 'unknown', name: '', start: 3, end: 7 }],
    ['Hi {{ firstName', { kind: 'malformed', name: '{{', start: 3, end: 5 }],
    ['Hi firstName}}', { kind: 'malformed', name: '}}', start: 12, end: 14 }],
    ['{{#tidbit}} x', { kind: 'unclosed', name: 'tidbit', start: 0, end: 11 }],
    ['x {{/tidbit}}', { kind: 'unopened', name: 'tidbit', start: 2, end: 13 }],
    ['{{#gift}}x{{/gift}}', { kind: 'unknown', name: 'gift', start: 0, end: 9 }],
  ])('%j → %j', (source, problem) => {
    expect(body(source)).toEqual([{ field: 'body', ...problem }]);
  });

  it('says which field a problem is in', () => {
    expect(lintTemplate({ subject: 'Re: {{rol}}', body: '' })).toEqual([
      { kind: 'unknown', field: 'subject', name: 'rol', start: 4, end: 11 },
    ]);
  });

  it('reports crossed sections: the wrong close, then the section left open', () => {
    const problems = body('{{#tidbit}}{{#topic}}x{{/tidbit}}{{/topic}}');
    expect(problems.map((p) => [p.kind, p.name])).toEqual([
      ['unclosed', 'tidbit'],
      ['unopened', 'tidbit'],
    ]);
  });

  it('reports every problem in order of position', () => {
    const problems = body('{{a}} }} {{b}}');
    expect(problems.map((p) => p.start)).toEqual([0, 6, 9]);
  });

  it('keeps the shown name of a huge invalid tag short', () => {
    const [problem] = body(`{{${'x y '.repeat(2_000)}}}`);
    expect(problem?.kind).toBe('unknown');
    expect(problem?.name.length).toBeLessThanOrEqual(60);
  });
});
