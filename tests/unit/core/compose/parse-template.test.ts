import { describe, expect, it } from 'vitest';
import { parseTemplate, type Token } from '../../../../src/core/compose/parse-template.ts';

/** A compact picture of the tokens: literal text as is, tags in angle brackets. */
function sketch(tokens: Token[]): string {
  return tokens
    // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every token type (tsc checks it).
    .map((token) => {
      switch (token.type) {
        case 'text':
          return token.text;
        case 'value':
          return `<${token.name}>`;
        case 'open':
          return `<${token.inverted ? '^' : '#'}${token.name}>`;
        case 'close':
          return `</${token.name}>`;
        case 'invalid':
          return `<?${token.raw}>`;
        case 'stray':
          return `<!${token.text}>`;
      }
    })
    .join('');
}

describe('parseTemplate', () => {
  it.each([
    ['Hi {{firstName}},', 'Hi <firstName>,'],
    ['Hi {{ firstName }},', 'Hi <firstName>,'],
    ['{{firstName}}{{company}}', '<firstName><company>'],
    ['a {{#tidbit}}b{{/tidbit}} c', 'a <#tidbit>b</tidbit> c'],
    ['a {{^tidbit}}none{{/tidbit}}', 'a <^tidbit>none</tidbit>'],
    ['{{ # tidbit }}x{{ / tidbit }}', '<#tidbit>x</tidbit>'],
    ['{{first name}}', '<?first name>'],
    ['{{}}', '<?>'],
    ['{{{firstName}}}', '<?{firstName>}'],
    ['a {{ b', 'a <!{{> b'],
    ['a }} b', 'a <!}}> b'],
    ['{{ {{firstName}}', '<!{{> <firstName>'],
    ['{{firstName}} }}', '<firstName> <!}}>'],
    ['no tags at all', 'no tags at all'],
    ['', ''],
  ])('%j → %j', (source, expected) => {
    expect(sketch(parseTemplate(source))).toBe(expected);
  });

  it('records where each tag starts and ends, for the editor to select it', () => {
    const [, tag] = parseTemplate('Hi {{ firstName }}!');
    expect(tag).toMatchObject({ type: 'value', start: 3, end: 18 });
  });

  it('drops the whole line of a section tag that stands alone on it', () => {
    const source = 'one\n  {{#tidbit}}  \ntwo\n{{/tidbit}}\nthree';
    expect(sketch(parseTemplate(source))).toBe('one\n<#tidbit>two\n</tidbit>three');
  });

  it('keeps the line of a section tag that shares it with text', () => {
    expect(sketch(parseTemplate('one\nsee {{#tidbit}}x{{/tidbit}}\ntwo'))).toBe('one\nsee <#tidbit>x</tidbit>\ntwo');
  });

  it('handles a standalone tag on the first and the last line, with CRLF line breaks', () => {
    expect(sketch(parseTemplate('{{#tidbit}}\r\nx\r\n{{/tidbit}}'))).toBe('<#tidbit>x\r\n</tidbit>');
  });

  it('never treats a value tag as standalone (its line stays)', () => {
    expect(sketch(parseTemplate('a\n{{signature}}\nb'))).toBe('a\n<signature>\nb');
  });
});
