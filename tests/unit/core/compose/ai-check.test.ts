import { describe, expect, it } from 'vitest';
import { AI_LIMITS, aiReplyLimit, checkAiNote, readAiNote, type AiProblem } from '../../../../src/core/compose/ai-check.ts';
import type { AiNoteInput } from '../../../../src/core/compose/ai-prompt.ts';

const LINK = 'https://example.org/on-call-rotations?ref=notes';

const input: AiNoteInput = {
  mode: 'write',
  kind: 'thank-you',
  company: 'Northwind Payments',
  role: 'Platform Engineer',
  round: '1',
  day: 'Tuesday, December 1',
  fullName: 'Zoë Ångström',
  firstName: 'Zoë',
  title: 'Engineering Manager',
  personNotes: 'Cares about on-call load; see https://northwind.example/blog/oncall',
  interviewNotes: 'Team wiki: wiki.northwind.com',
  promise: 'the article on on-call rotations',
  tidbitTitle: 'Designing humane on-call rotations',
  tidbitLink: LINK,
  signature: 'Sam Candidate\nsam@mail.example',
  draftSubject: '',
  draftBody: '',
};

const GOOD_BODY = [
  'Hi Zoë,',
  '',
  'Thank you for speaking with me on Tuesday. I enjoyed our talk about on-call load.',
  '',
  'As promised, here is the article on on-call rotations:',
  LINK,
  '',
  'Best regards,',
  'Sam Candidate',
  'sam@mail.example',
].join('\n');

const reply = (body: string, subject = 'Thank you — Platform Engineer interview') => JSON.stringify({ subject, body });

describe('checkAiNote', () => {
  it('takes a draft that greets the person as written, carries the link exactly and invents nothing', () => {
    expect(checkAiNote(reply(GOOD_BODY), input)).toEqual({ ok: true, subject: 'Thank you — Platform Engineer interview', body: GOOD_BODY });
  });

  it.each<[string, string, AiProblem[]]>([
    ['misses the name', GOOD_BODY.replace('Hi Zoë,', 'Hi there,'), [{ kind: 'name', detail: 'Zoë' }]],
    ['spells the name otherwise', GOOD_BODY.replace('Hi Zoë,', 'Hi Zoe,'), [{ kind: 'name', detail: 'Zoë' }]],
    ['has the name only inside another word', GOOD_BODY.replace('Hi Zoë,', 'Hi Zoëlle,'), [{ kind: 'name', detail: 'Zoë' }]],
    ['leaves the link out', GOOD_BODY.replace(LINK, 'the link I saved'), [{ kind: 'link', detail: LINK }]],
    [
      'alters the link',
      GOOD_BODY.replace(LINK, 'https://example.org/on-call-rotation?ref=notes'),
      [
        { kind: 'link', detail: LINK },
        { kind: 'inventedLink', detail: 'https://example.org/on-call-rotation?ref=notes' },
      ],
    ],
    [
      'drops a part of the link',
      GOOD_BODY.replace(LINK, 'https://example.org/on-call-rotations'),
      [
        { kind: 'link', detail: LINK },
        { kind: 'inventedLink', detail: 'https://example.org/on-call-rotations' },
      ],
    ],
    ['invents a link', `${GOOD_BODY}\nSee also https://evil.example/x`, [{ kind: 'inventedLink', detail: 'https://evil.example/x' }]],
    ['invents a link glued to a word', `${GOOD_BODY}\nMore:https://evil.example/y.`, [{ kind: 'inventedLink', detail: 'https://evil.example/y' }]],
    ['invents a site without a scheme', `${GOOD_BODY}\nOur site is northwind-careers.com.`, [{ kind: 'inventedLink', detail: 'northwind-careers.com' }]],
    ['invents a www. address', `${GOOD_BODY}\n(www.jobs.example)`, [{ kind: 'inventedLink', detail: 'www.jobs.example' }]],
    ['invents a mail address', `${GOOD_BODY}\nReply to hr@northwind.example.`, [{ kind: 'inventedAddress', detail: 'hr@northwind.example' }]],
    ['writes the person’s address, which it was never given', `${GOOD_BODY}\nzoe@northwind.example`, [{ kind: 'inventedAddress', detail: 'zoe@northwind.example' }]],
    ['invents an address glued to a word', `${GOOD_BODY}\nmail:boss@northwind.example`, [{ kind: 'inventedAddress', detail: 'boss@northwind.example' }]],
    ['leaves a template placeholder', GOOD_BODY.replace('Sam Candidate', '{{myName}}'), [{ kind: 'placeholder', detail: '{{' }]],
    ['leaves a bracketed placeholder', GOOD_BODY.replace('on Tuesday', 'on [Interview Date]'), [{ kind: 'placeholder', detail: '[Interview Date]' }]],
    ['leaves a single-brace placeholder', GOOD_BODY.replace('on Tuesday', 'on {day}'), [{ kind: 'placeholder', detail: '{day}' }]],
    ['leaves an angle-bracket placeholder', GOOD_BODY.replace('on Tuesday', 'on <date>'), [{ kind: 'placeholder', detail: '<date>' }]],
    ['runs too long', `${GOOD_BODY}\n\n${'More words here. '.repeat(150)}`, [{ kind: 'tooLong', detail: '' }]],
  ])('refuses a draft that %s', (_what, body, problems) => {
    expect(checkAiNote(reply(body), input)).toEqual({ ok: false, problems });
  });

  it('refuses a subject past its bound', () => {
    expect(checkAiNote(reply(GOOD_BODY, 'T'.repeat(AI_LIMITS.subject + 1)), input)).toEqual({ ok: false, problems: [{ kind: 'tooLong', detail: '' }] });
    expect(checkAiNote(reply(GOOD_BODY, 'T'.repeat(AI_LIMITS.subject)), input).ok).toBe(true);
  });

  it('says every reason at once', () => {
    const body = 'Hi there, see https://evil.example and write to x@evil.example. [Your Name]';
    expect(checkAiNote(reply(body), input)).toEqual({
      ok: false,
      problems: [
        { kind: 'name', detail: 'Zoë' },
        { kind: 'link', detail: LINK },
        { kind: 'placeholder', detail: '[Your Name]' },
        { kind: 'inventedLink', detail: 'https://evil.example' },
        { kind: 'inventedAddress', detail: 'x@evil.example' },
      ],
    });
  });

  it.each([
    ['not JSON', 'Hi Zoë, thanks!'],
    ['cut off', '{"subject":"Thank you","body":"Hi Zoë'],
    ['of another shape', '{"subject":"Thank you","text":"Hi Zoë"}'],
    ['not an object', '"Hi Zoë"'],
  ])('refuses a reply that is %s as unreadable', (_what, raw) => {
    expect(checkAiNote(raw, input)).toEqual({ ok: false, problems: [{ kind: 'unreadable', detail: '' }] });
  });

  it('refuses an empty subject or body', () => {
    expect(checkAiNote(reply('  \n ', 'Thanks'), input)).toEqual({ ok: false, problems: [{ kind: 'empty', detail: '' }] });
    expect(checkAiNote(reply(GOOD_BODY, ' '), input)).toEqual({ ok: false, problems: [{ kind: 'empty', detail: '' }] });
  });

  it('lets the draft repeat links and addresses the candidate wrote, and name a site the notes link to', () => {
    const body = `${GOOD_BODY}\nI also liked https://northwind.example/blog/oncall, the wiki.northwind.com pages and northwind.example.`;
    expect(checkAiNote(reply(body), input).ok).toBe(true);
  });

  it('does not take file names or abbreviations for links', () => {
    const body = GOOD_BODY.replace('I enjoyed', 'I enjoyed Node.js, the README.md, e.g. the i.e. part, and');
    expect(checkAiNote(reply(body), input).ok).toBe(true);
  });

  it('takes the link followed by the punctuation that ends a sentence, or in parentheses', () => {
    expect(checkAiNote(reply(GOOD_BODY.replace(LINK, `Here it is: ${LINK}.`)), input).ok).toBe(true);
    expect(checkAiNote(reply(GOOD_BODY.replace(LINK, `(${LINK})`)), input).ok).toBe(true);
  });

  it('needs no name or link it was not given', () => {
    const bare = { ...input, firstName: '', fullName: '', tidbitLink: '', tidbitTitle: '', promise: '' };
    expect(checkAiNote(reply('Hello,\n\nThank you for your time.\n\nSam'), bare).ok).toBe(true);
  });

  it('accepts the full name where the first name is not used', () => {
    expect(checkAiNote(reply(GOOD_BODY.replace('Hi Zoë,', 'Dear Zoë Ångström,')), input).ok).toBe(true);
  });

  it('lets a polished long note of the candidate’s own keep its length', () => {
    const long = `${GOOD_BODY}\n${'x'.repeat(2_500)}`;
    expect(checkAiNote(reply(long), input).ok).toBe(false);
    expect(checkAiNote(reply(long), { ...input, mode: 'polish', draftBody: long }).ok).toBe(true);
    expect(aiReplyLimit({ mode: 'polish', draftBody: long })).toBeGreaterThan(aiReplyLimit(input));
  });
});

describe('readAiNote', () => {
  it.each([
    ['', { subject: '', body: '' }],
    ['{', { subject: '', body: '' }],
    ['{"subj', { subject: '', body: '' }],
    ['{"subject": "Thank you — Pla', { subject: 'Thank you — Pla', body: '' }],
    ['{"subject":"Thank you","body":"Hi Zoë,\\n\\nThank', { subject: 'Thank you', body: 'Hi Zoë,\n\nThank' }],
    ['{"subject":"A \\"quote\\" \\u00e9","body":"tab\\there\\', { subject: 'A "quote" é', body: 'tab\there' }],
    ['{"subject":"A","body":"B \\u00', { subject: 'A', body: 'B ' }],
    ['{"subject":"A","body":"B"}', { subject: 'A', body: 'B' }],
    ['{"other":"x","body":"B"}', { subject: '', body: 'B' }],
    ['{"subject":1,"body":"B"}', { subject: '', body: '' }],
    ['noise {"subject":"A"', { subject: 'A', body: '' }],
  ])('reads %j as far as it goes', (raw, expected) => {
    expect(readAiNote(raw)).toEqual(expected);
  });

  it('reads as it arrives, delta by delta, what the whole reply says', () => {
    const whole = reply(GOOD_BODY);
    let seen = { subject: '', body: '' };
    for (let end = 1; end <= whole.length; end += 7) {
      const next = readAiNote(whole.slice(0, end));
      expect(next.subject.startsWith(seen.subject) && next.body.startsWith(seen.body)).toBe(true);
      seen = next;
    }
    expect(readAiNote(whole)).toEqual({ subject: 'Thank you — Platform Engineer interview', body: GOOD_BODY });
  });
});
