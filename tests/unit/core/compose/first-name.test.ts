import { describe, expect, it } from 'vitest';
import { firstNameOf } from '../../../../src/core/compose/first-name.ts';

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['  Jane   Mary  Doe ', 'Jane'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Madonna', 'Madonna'],
    ['Doe, Jane', 'Jane'],
    ['van der Berg, Anna Maria', 'Anna'],
    ["O'Brien, Conan", 'Conan'],
    ['Dr. Jane Doe', 'Jane'],
    ['Dr Jane Doe', 'Jane'],
    ['Prof. Dr. Hans Müller', 'Hans'],
    ['Ms. Jane Doe', 'Jane'],
    ['Doe, Dr. Jane', 'Jane'],
    ['Dr. Smith', 'Dr. Smith'],
    ['Jane Doe, PhD', 'Jane'],
    ['Jane Doe, MBA, PMP', 'Jane'],
    ['John Smith, Jr.', 'John'],
    ['Jane Doe (she/her)', 'Jane'],
    ['Jane Doe, she/her', 'Jane'],
    ['Robert (Bob) Smith', 'Bob'],
    ['Robert "Bob" Smith', 'Bob'],
    ['Robert “Bob” Smith', 'Bob'],
    ['J. Smith', 'J. Smith'],
    ['DUPONT Jean', 'Jean'],
    ['DUPONT Jean-Pierre', 'Jean-Pierre'],
    ['JOHN SMITH', 'JOHN'],
    ['Jane Doe 🚀', 'Jane'],
    ['דנה כהן', 'דנה'],
    ['محمد علي', 'محمد'],
    ['山田 太郎', '山田'],
    ['王小明', '王小明'],
    ['Анна Иванова', 'Анна'],
    ['\u202EJane Doe', 'Jane'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it('bounds a hostile name before looking at it, loosely enough for the renderer to report the cut', () => {
    const first = firstNameOf('A'.repeat(5_000));
    expect(first.length).toBeGreaterThan(200);
    expect(first.length).toBeLessThan(5_000);
  });
});
