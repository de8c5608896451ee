import { describe, expect, it } from 'vitest';
import { touchpointsToIcs } from '../../../../src/core/cadence/ics.ts';
import { escapeText, foldLine, utcStamp } from '../../../../src/core/cadence/ics-text.ts';
import type { Touch } from '../../../../src/core/types.ts';
import { touch } from './helpers.ts';

const NOW = Date.UTC(2025, 5, 2, 8, 30, 15);
const names: Record<string, string> = { c1: 'Jane Doe', c2: 'Li, Wei; "Lee"' };

function summaryOf(t: Touch): string {
  return `${t.kind === 'thank-you' ? 'Thank' : 'Follow up with'} ${names[t.contactId] ?? '?'} (Acme)`;
}

/** Joins folded lines back, as a calendar reader does (RFC 5545 section 3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('iCalendar text', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nand\rthree', 'two\\nlines\\nand\\nthree'],
    ['bell\u0007 gone', 'bell gone'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Grüße an Zoë 🎉 '.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    // A lone surrogate would mean a character was cut in two.
    expect(physical.every((part) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(part))).toBe(true);
    expect(unfold(folded)).toEqual([line]);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes UTC times to the second', () => {
    expect(utcStamp(NOW + 999)).toBe('20250602T083015Z');
  });
});

describe('touchpointsToIcs', () => {
  const touches = [
    touch({ id: 'tp-2', kind: 'check-in', contactId: 'c2', dueAt: Date.UTC(2025, 5, 11, 7, 0) }),
    touch({ id: 'tp-1', kind: 'thank-you', dueAt: Date.UTC(2025, 5, 2, 10, 0) }),
    touch({ id: 'tp-sent', kind: 'thank-you', dueAt: Date.UTC(2025, 5, 2, 10, 0), status: 'sent', sentAt: NOW }),
    touch({ id: 'tp-skip', kind: 'value-add', dueAt: Date.UTC(2025, 5, 20, 7, 0), status: 'skipped' }),
    touch({ id: 'tp-3', kind: 'value-add', dueAt: Date.UTC(2025, 5, 25, 7, 0), status: 'snoozed' }),
  ];
  const text = touchpointsToIcs(touches, { now: NOW, summaryOf, descriptionOf: (t) => (t.id === 'tp-2' ? 'Ask kindly,\nthen wait' : '') });
  const lines = unfold(text);

  it('is a calendar with CRLF line endings and a product id', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Afterview//Follow-ups//EN']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('has one event per unsent touch, in time order, with a UID stable per touchpoint', () => {
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:tp-1@afterview', 'UID:tp-2@afterview', 'UID:tp-3@afterview']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(3);
    const again = touchpointsToIcs([...touches].reverse(), { now: NOW + 86_400_000, summaryOf });
    expect(unfold(again).filter((l) => l.startsWith('UID:'))).toEqual(lines.filter((l) => l.startsWith('UID:')));
  });

  it('times events in UTC and escapes the summary and description', () => {
    const event = lines.slice(lines.indexOf('UID:tp-2@afterview'), lines.indexOf('END:VEVENT', lines.indexOf('UID:tp-2@afterview')));
    expect(event).toEqual([
      'UID:tp-2@afterview',
      'DTSTAMP:20250602T083015Z',
      'DTSTART:20250611T070000Z',
      'DTEND:20250611T071500Z',
      'SUMMARY:Follow up with Li\\, Wei\\; "Lee" (Acme)',
      'DESCRIPTION:Ask kindly\\,\\nthen wait',
    ]);
    expect(lines).toContain('SUMMARY:Thank Jane Doe (Acme)');
  });
});
