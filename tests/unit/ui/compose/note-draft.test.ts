import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../../src/ui/compose/note-draft.ts';
import { getMessage } from '../../../setup/fake-browser.ts';

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
