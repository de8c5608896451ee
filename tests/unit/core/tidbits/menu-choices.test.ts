import { describe, expect, it } from 'vitest';
import { interviewMenuLabel, interviewsForTidbitMenu, MENU_INTERVIEW_LIMIT } from '../../../../src/core/tidbits/menu-choices.ts';
import type { Interview, InterviewStatus } from '../../../../src/core/types.ts';
import { interviewRecord } from '../../../support/records.ts';

function interview(id: string, start: number, status: InterviewStatus = 'awaiting', createdAt = 0): Interview {
  return interviewRecord({ id, role: 'Engineer', start, status, createdAt, updatedAt: createdAt });
}

describe('interviewsForTidbitMenu', () => {
  it('offers only interviews awaiting a decision, the most recent first', () => {
    const list = [
      interview('old', 1),
      interview('offer', 5, 'offer'),
      interview('new', 3),
      interview('next', 4, 'next-round'),
      interview('rejected', 6, 'rejected'),
      interview('withdrawn', 7, 'withdrawn'),
      interview('same-start-later', 2, 'awaiting', 9),
      interview('same-start-earlier', 2, 'awaiting', 1),
    ];
    expect(interviewsForTidbitMenu(list).map((i) => i.id)).toEqual(['new', 'same-start-later', 'same-start-earlier', 'old']);
  });

  it(`offers at most ${MENU_INTERVIEW_LIMIT}`, () => {
    const list = Array.from({ length: 15 }, (_, i) => interview(`i${i}`, i));
    const offered = interviewsForTidbitMenu(list).map((i) => i.id);
    expect(offered).toHaveLength(MENU_INTERVIEW_LIMIT);
    expect(offered[0]).toBe('i14');
    expect(offered.at(-1)).toBe('i5');
  });

  it('offers none when nothing awaits', () => {
    expect(interviewsForTidbitMenu([interview('x', 1, 'offer')])).toEqual([]);
  });
});

describe('interviewMenuLabel', () => {
  const march12 = new Date(2025, 2, 12, 14, 0).getTime();

  it.each([
    [{ company: 'Acme', role: 'Staff Engineer' }, 'en-GB', 'Acme — Staff Engineer (12 Mar)'],
    [{ company: ' Acme ', role: '' }, 'en-GB', 'Acme (12 Mar)'],
    [{ company: 'Bäckerei & Söhne', role: 'Entwicklerin' }, 'de-DE', 'Bäckerei & Söhne — Entwicklerin (12. März)'],
    [{ company: 'Acme', role: 'Engineer' }, 'not a language!', `Acme — Engineer (${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(march12)})`],
  ])('%j in %s', (fields, locale, expected) => {
    expect(interviewMenuLabel({ ...fields, start: march12 }, locale)).toBe(expected);
  });

  it('shortens a long company and role so the date stays visible', () => {
    const label = interviewMenuLabel({ company: 'C'.repeat(80), role: 'R'.repeat(80), start: march12 }, 'en-GB');
    expect(label.endsWith('… (12 Mar)')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(75);
  });
});
