/** The README's example note is what the built-in thank-you template writes today, word for word. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../../src/core/compose/built-in-templates.ts';
import { clipboardText } from '../../../../src/core/compose/clipboard-text.ts';
import { noteValues } from '../../../../src/core/compose/note-values.ts';
import { promisesOf } from '../../../../src/core/compose/promises.ts';
import { renderNote } from '../../../../src/core/compose/render-note.ts';
import { getText } from './english.ts';

const readme = readFileSync(resolve(__dirname, '../../../../README.md'), 'utf8');
const example = /<!-- note:[^>]*-->\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';

describe('the README’s example note', () => {
  it('is the note the thank-you template writes from those notes', () => {
    const [promise] = promisesOf({
      people: [{ contactId: 'priya', name: 'Priya Raman', notes: 'Cares about on-call load on the platform team\nPromised her an article on on-call rotations' }],
      interviewNotes: '',
    });
    const values = noteValues({
      contact: { name: 'Priya Raman', title: 'Engineering Manager', company: 'Northwind Payments' },
      interview: { company: 'Northwind Payments', role: 'Platform Engineer', round: 1, start: new Date(2026, 11, 1, 10).getTime() },
      settings: { name: 'Sam Candidate', signature: '' },
      tidbit: { title: 'Designing humane on-call rotations', url: 'https://example.org/on-call-rotations' },
      topic: 'on-call load on the platform team',
      promise: promise!.thing,
      locale: 'en-US',
    });
    const thanks = builtInTemplates(getText).find((t) => t.id === 'builtin-thank-you')!;
    const note = renderNote(thanks, values);
    expect(note.problems).toEqual([]);
    expect(example).not.toBe('');
    expect(clipboardText(note.subject, note.body, 'Subject:')).toBe(example);
  });
});
