import { describe, expect, it } from 'vitest';
import type { Template, Touch } from '../../../../src/core/types.ts';
import { defaultTemplateId, defaultTidbitId, nextTidbitId, plannedTouchFor, touchToComplete } from '../../../../src/ui/compose/note-defaults.ts';
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
