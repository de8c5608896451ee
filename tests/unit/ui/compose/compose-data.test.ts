/**
 * The composer's data: what a fresh note starts from, a draft and the note it
 * would send, and the words a note is written with (the browser's own language
 * is left to browser.i18n; another language's built-in templates come from that
 * locale's file, every key of them: a key left out of its note-texts module
 * would fall back to the browser's language, half a note in another tongue).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS } from '../../../../src/core/compose/built-in-templates.ts';
import { NOTE_LANGUAGES, type Template, type Touch } from '../../../../src/core/types.ts';
import { composeNote, defaultTemplateId, defaultTidbitId, nextTidbitId, noteWords, plannedTouchFor, touchToComplete } from '../../../../src/ui/compose/compose-data.ts';
import { getMessage, localeMessages } from '../../../setup/fake-browser.ts';
import { speak } from '../../../support/language.ts';
import { touchRecord } from '../../../support/records.ts';

const touch = (id: string, fields: Partial<Touch>): Touch => touchRecord({ id, interviewId: 'iv', contactId: 'anna', ...fields });

const tpl = (id: string, kind: Template['kind']): Template => ({ id, kind, name: id, subject: 's', body: 'b', builtIn: true, updatedAt: 0 });
const TEMPLATES = [tpl('ty', 'thank-you'), tpl('second', 'second-round'), tpl('check', 'check-in'), tpl('value', 'value-add'), tpl('mine', 'custom')];

describe('plannedTouchFor', () => {
  const touches = [
    touch('sent', { status: 'sent', dueAt: 1 }),
    touch('later', { kind: 'value-add', dueAt: 30 }),
    touch('check', { kind: 'check-in', status: 'due', dueAt: 20 }),
    touch('ben', { contactId: 'ben', dueAt: 5 }),
  ];

  it("is the person's earliest pending touch, never a sent one nor someone else's", () => {
    expect(plannedTouchFor(touches, 'anna', null)?.id).toBe('check');
    expect(plannedTouchFor(touches, 'ben', null)?.id).toBe('ben');
    expect(plannedTouchFor(touches, 'carl', null)).toBeNull();
  });

  it('is their pending thank-you, or none, until they were thanked, even when a check-in is planned', () => {
    const unthanked = [touch('check', { kind: 'check-in', dueAt: 2 }), touch('ty', { dueAt: 9 })];
    expect(plannedTouchFor(unthanked, 'anna', null)?.id).toBe('ty');
    expect(plannedTouchFor(unthanked.slice(0, 1), 'anna', null)).toBeNull();
  });

  it('is the touch the composer was opened on when it is theirs and still pending', () => {
    expect(plannedTouchFor(touches, 'anna', touches[1]!)?.id).toBe('later');
    expect(plannedTouchFor(touches, 'ben', touches[1]!)?.id).toBe('ben');
    expect(plannedTouchFor(touches, 'anna', touches[0]!)?.id).toBe('check');
  });
});

describe('defaultTemplateId', () => {
  it.each([
    ['thank-you', 1, 'ty'],
    ['thank-you', 2, 'second'],
    ['check-in', 3, 'check'],
    ['value-add', 1, 'value'],
  ] as const)('a %s after round %d starts with %s', (kind, round, expected) => {
    expect(defaultTemplateId(TEMPLATES, kind, { round })).toBe(expected);
  });

  it('falls back to the thank-you when no later-round template exists, then to the first one', () => {
    expect(defaultTemplateId([tpl('ty', 'thank-you')], 'thank-you', { round: 2 })).toBe('ty');
    expect(defaultTemplateId([tpl('mine', 'custom')], 'check-in', { round: 1 })).toBe('mine');
  });
});

describe('touchToComplete', () => {
  const touches = [touch('ty', { dueAt: 5 }), touch('check', { kind: 'check-in', dueAt: 9 }), touch('done', { kind: 'check-in', status: 'sent', dueAt: 1 })];

  it('is the planned touch when it is of the kind being sent', () => {
    expect(touchToComplete(touches, 'anna', 'check-in', touches[1]!)?.id).toBe('check');
  });

  it('is another pending touch of that kind when the planned one is of another kind', () => {
    expect(touchToComplete(touches, 'anna', 'thank-you', touches[1]!)?.id).toBe('ty');
  });

  it('is none when nothing of that kind is pending for the person', () => {
    expect(touchToComplete(touches, 'anna', 'value-add', null)).toBeNull();
    expect(touchToComplete(touches, 'ben', 'thank-you', null)).toBeNull();
  });
});

describe('tidbit choice', () => {
  it('starts with the best suggestion no earlier interviewer has', () => {
    expect(defaultTidbitId(['a', 'b', 'c'], new Set(['a']))).toBe('b');
    expect(defaultTidbitId(['a', 'b'], new Set(['a', 'b']))).toBe('a');
    expect(defaultTidbitId([], new Set())).toBeNull();
  });

  it('tries the next one, wrapping, and the first after none', () => {
    expect(nextTidbitId(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextTidbitId(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextTidbitId(['a', 'b', 'c'], null)).toBe('a');
    expect(nextTidbitId(['a', 'b'], 'gone')).toBe('a');
    expect(nextTidbitId([], 'a')).toBeNull();
  });
});

const template = { subject: 'Thank you, {{firstName}}', body: 'Hi {{firstName}},\n\nI enjoyed {{topic}}.\n{{#tidbit}}\n{{tidbitLink}}\n{{/tidbit}}\nBest' };
const values = { firstName: 'Anna', topic: 'Kafka' };
const noEdits = { subjectEdit: null, bodyEdit: null };

describe('composeNote', () => {
  it('sends the rendered template while nothing was edited', () => {
    const note = composeNote(template, values, noEdits);
    expect(note).toMatchObject({ subject: 'Thank you, Anna', body: 'Hi Anna,\n\nI enjoyed Kafka.\nBest', subjectDrifted: false, bodyDrifted: false, problems: [] });
    expect(note.shown).toEqual({ subject: note.subject, body: note.body });
  });

  it('reports an empty placeholder once, however often it is used and in whichever field, naming the person', () => {
    const note = composeNote({ subject: '{{topic}}', body: '{{topic}} and {{topic}}' }, {}, noEdits, 'Priya');
    expect(note.problems.map((p) => [p.fields, p.key, p.substitutions])).toEqual([[['subject', 'body'], 'problemEmptyTopic', ['Priya']]]);
    expect(getMessage('problemEmptyTopic', ['Priya'])).toBe('Add what you talked about with Priya, or pick a template without a topic.');
  });

  it('reports the tidbit once when both its title and its link are missing', () => {
    const note = composeNote({ subject: 'Hi', body: '{{tidbitTitle}}\n{{tidbitLink}}' }, {}, noEdits, 'Lars');
    expect(note.problems.map((p) => [p.fields, p.key])).toEqual([[['body'], 'problemEmptyTidbit']]);
  });

  it('keeps an edit, sends it cleaned, and says it drifted from the template', () => {
    const note = composeNote(template, values, { subjectEdit: 'My own subject  ', bodyEdit: 'Hi Anna,\u0007\n\nMy words.\n\n\n\n' });
    expect(note.subject).toBe('My own subject');
    expect(note.body).toBe('Hi Anna,\n\nMy words.');
    // The field shows what was typed, trailing space included, so typing is not undone.
    expect(note.shown).toEqual({ subject: 'My own subject  ', body: 'Hi Anna,\u0007\n\nMy words.\n\n\n\n' });
    expect(note.rendered.subject).toBe('Thank you, Anna');
    expect(note).toMatchObject({ subjectDrifted: true, bodyDrifted: true, problems: [] });
  });

  it('no longer reports template problems for a field the user rewrote, only for the other', () => {
    const note = composeNote(template, { firstName: 'Anna' }, { subjectEdit: null, bodyEdit: 'Hi Anna, thanks.' });
    expect(note.problems).toEqual([]);
    const broken = composeNote({ subject: '{{topic}}', body: '{{topic}}' }, {}, { subjectEdit: null, bodyEdit: 'Fine' });
    expect(broken.problems.map((p) => p.fields)).toEqual([['subject']]);
  });

  it.each([
    ['an empty subject', { subjectEdit: '   ', bodyEdit: null }, ['subject', 'composeSubjectEmpty']],
    ['an empty body', { subjectEdit: null, bodyEdit: '\n\n' }, ['body', 'composeBodyEmpty']],
    ['braces left in the body', { subjectEdit: null, bodyEdit: 'Hi {{firstName}}' }, ['body', 'composeBracesLeft']],
    ['a lone brace pair in the subject', { subjectEdit: 'Thanks }}', bodyEdit: null }, ['subject', 'composeBracesLeft']],
    ['a body past the limit', { subjectEdit: null, bodyEdit: 'x'.repeat(20_001) }, ['body', 'problemFieldTooLong']],
  ])('blocks an edit with %s', (_name, edits, expected) => {
    const note = composeNote(template, values, edits);
    expect(note.problems.map((p) => [...p.fields, p.key])).toEqual([expected]);
  });

  it('treats an edit equal to the template text as not drifted', () => {
    const note = composeNote(template, values, { subjectEdit: 'Thank you, Anna', bodyEdit: null });
    expect(note.subjectDrifted).toBe(false);
  });

  it('keeps hostile values as plain text', () => {
    const note = composeNote(template, { firstName: '<img src=x onerror=alert(1)> {{topic}}', topic: 'x' }, noEdits);
    expect(note.subject).toBe('Thank you, <img src=x onerror=alert(1)> {{topic}}');
    expect(note.problems).toEqual([]);
  });

  it('has an English message for every problem it can report about an edit', () => {
    const edits = [{ subjectEdit: '', bodyEdit: `{{x}}${'y'.repeat(20_001)}` }, { subjectEdit: null, bodyEdit: '' }];
    const keys = edits.flatMap((edit) => composeNote(template, values, edit).problems.map((p) => p.key));
    expect(new Set(keys)).toEqual(new Set(['composeSubjectEmpty', 'composeBracesLeft', 'problemFieldTooLong', 'composeBodyEmpty']));
    for (const key of keys) expect(getMessage(key), key).not.toBe('');
  });
});

describe('noteWords', () => {
  it('leaves a note in the browser’s language to browser.i18n, with the browser’s own tag for dates', async () => {
    speak('de-AT');
    expect(await noteWords({ noteLanguage: '' })).toEqual({ locale: 'de-AT', text: null });
    expect(await noteWords({ noteLanguage: 'de' })).toEqual({ locale: 'de-AT', text: null });
  });

  it.each(NOTE_LANGUAGES)('gives every built-in template’s words in %s from its locale file, from a browser in another language', async (language) => {
    speak(language === 'fr' ? 'es' : 'fr');
    const words = await noteWords({ noteLanguage: language });
    const messages = localeMessages(language);
    expect(words.locale).toBe(language);
    expect(BUILT_IN_TEMPLATE_KEYS.map((key) => words.text?.(key))).toEqual(BUILT_IN_TEMPLATE_KEYS.map((key) => messages[key]!.message));
  });
});
