import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS, builtInTemplates, mergeTemplates } from '../../../../src/core/compose/built-in-templates.ts';
import { lintTemplate } from '../../../../src/core/compose/lint-template.ts';
import { mailtoLink } from '../../../../src/core/compose/mail-links.ts';
import type { NoteValues } from '../../../../src/core/compose/placeholders.ts';
import { renderNote } from '../../../../src/core/compose/render-note.ts';
import type { Template } from '../../../../src/core/types.ts';
import { getText } from './english.ts';

const VALUES: Required<NoteValues> = {
  firstName: 'Anna',
  fullName: 'Anna Schmidt',
  title: 'Head of Data Platform',
  company: 'Acme',
  role: 'Senior Data Engineer',
  round: '2',
  interviewDay: 'Tuesday, March 4',
  topic: 'how your team moved billing to event sourcing',
  tidbitTitle: 'Event sourcing at scale: lessons from five years',
  tidbitLink: 'https://example.com/blog/event-sourcing-at-scale',
  myName: 'Sam Lee',
  signature: 'Sam Lee\n+44 20 7946 0000',
};
const NO_TIDBIT = { ...VALUES, tidbitTitle: '', tidbitLink: '' };

const english = builtInTemplates(getText);
const byId = (id: string) => english.find((t) => t.id === id) as Template;

describe('builtInTemplates', () => {
  it('builds each template from its three message keys, with a stable id', () => {
    const templates = builtInTemplates((key) => `«${key}»`);
    expect(templates.map((t) => [t.id, t.kind, t.name, t.subject, t.body, t.builtIn])).toEqual([
      ['builtin-thank-you', 'thank-you', '«tplThankYouName»', '«tplThankYouSubject»', '«tplThankYouBody»', true],
      ['builtin-second-round', 'second-round', '«tplSecondRoundName»', '«tplSecondRoundSubject»', '«tplSecondRoundBody»', true],
      ['builtin-check-in', 'check-in', '«tplCheckInName»', '«tplCheckInSubject»', '«tplCheckInBody»', true],
      ['builtin-value-add', 'value-add', '«tplValueAddName»', '«tplValueAddSubject»', '«tplValueAddBody»', true],
    ]);
    expect(BUILT_IN_TEMPLATE_KEYS).toHaveLength(12);
  });

  it.each(english.map((t) => [t.id, t]))('%s (English) has no template problem', (_id, template) => {
    expect(lintTemplate(template)).toEqual([]);
  });

  it.each(english.map((t) => [t.id, t]))('%s renders completely, with a short subject, and fits a mailto link', (_id, template) => {
    const note = renderNote(template, VALUES);
    expect(note.problems).toEqual([]);
    expect(`${note.subject}\n${note.body}`).not.toMatch(/\{\{|\}\}/);
    expect(note.subject.length).toBeLessThan(80);
    expect(note.body).toContain('Anna');
    expect(note.body.endsWith('Sam Lee\n+44 20 7946 0000') || note.body.includes('Sam Lee\n+44 20 7946 0000\n\nP.S.')).toBe(true);
    expect(mailtoLink({ to: 'anna@acme.example', ...note }).ok).toBe(true);
  });

  it.each(['builtin-thank-you', 'builtin-second-round'])('%s recalls the topic, names the role and the company, and carries the tidbit', (id) => {
    const note = renderNote(byId(id), VALUES);
    for (const part of [VALUES.topic, VALUES.role, VALUES.company, VALUES.interviewDay, VALUES.tidbitTitle, VALUES.tidbitLink]) {
      expect(note.body).toContain(part);
    }
  });

  it.each(['builtin-thank-you', 'builtin-second-round', 'builtin-check-in'])('%s reads naturally without a tidbit', (id) => {
    const withTidbit = renderNote(byId(id), VALUES);
    const without = renderNote(byId(id), NO_TIDBIT);
    expect(without.problems).toEqual([]);
    expect(without.body).not.toMatch(/\n{3,}/);
    // Only the tidbit's paragraph goes: every line of the shorter note is in the longer one.
    expect(without.body.length).toBeLessThan(withTidbit.body.length);
    for (const line of without.body.split('\n')) expect(withTidbit.body.split('\n')).toContain(line);
  });

  it('the value-add note cannot go out without a tidbit, and asks nothing', () => {
    const template = byId('builtin-value-add');
    expect(renderNote(template, NO_TIDBIT).problems.map((p) => p.name)).toEqual(['tidbitTitle', 'tidbitLink']);
    const note = renderNote(template, VALUES);
    expect(`${note.subject} ${note.body}`).not.toContain('?');
    expect(renderNote(template, { ...VALUES, topic: '' }).problems).toEqual([]);
  });

  it('the check-in is brief: under 80 words before the signature', () => {
    const note = renderNote(byId('builtin-check-in'), NO_TIDBIT);
    const words = note.body.split(VALUES.signature)[0]?.split(/\s+/).filter(Boolean) ?? [];
    expect(words.length).toBeLessThan(80);
    expect(note.body).toContain('?');
  });
});

describe('mergeTemplates', () => {
  const builtIns: Template[] = [
    { id: 'builtin-thank-you', kind: 'thank-you', name: 'Thanks', subject: 's', body: 'b', builtIn: true, updatedAt: 0 },
    { id: 'builtin-check-in', kind: 'check-in', name: 'Check-in', subject: 's', body: 'b', builtIn: true, updatedAt: 0 },
  ];
  const own = (id: string, name: string): Template => ({ id, kind: 'custom', name, subject: 'x', body: 'y', builtIn: false, updatedAt: 5 });

  it('returns the built-ins as they are when nothing is stored', () => {
    expect(mergeTemplates(builtIns, [])).toEqual(builtIns);
  });

  it("puts the user's edit of a built-in in its place, still marked built-in", () => {
    const edit = { ...builtIns[1]!, body: 'my words', builtIn: false, updatedAt: 9 };
    const merged = mergeTemplates(builtIns, [edit]);
    expect(merged.map((t) => [t.id, t.body, t.builtIn])).toEqual([
      ['builtin-thank-you', 'b', true],
      ['builtin-check-in', 'my words', true],
    ]);
  });

  it("adds the user's own templates after the built-ins, by name", () => {
    const merged = mergeTemplates(builtIns, [own('u2', 'Zeta'), own('u1', 'alpha'), own('u3', 'Beta')]);
    expect(merged.map((t) => t.id)).toEqual(['builtin-thank-you', 'builtin-check-in', 'u1', 'u3', 'u2']);
  });

  it('treats a stored "built-in" that no longer ships as the user\'s own', () => {
    const old = { ...own('builtin-retired', 'Old'), builtIn: true };
    expect(mergeTemplates(builtIns, [old]).at(-1)).toMatchObject({ id: 'builtin-retired', builtIn: false });
  });
});
