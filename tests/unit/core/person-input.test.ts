import { describe, expect, it } from 'vitest';
import { validatePerson } from '../../../src/core/person-input.ts';
import { LIMITS } from '../../../src/core/text.ts';

describe('validatePerson', () => {
  it('accepts a name alone, and a name with a title and an address', () => {
    expect(validatePerson({ name: 'Priya Raman', title: '', email: '' })).toEqual({});
    expect(validatePerson({ name: ' Priya Raman ', title: 'Staff Engineer', email: 'priya@northwind.example' })).toEqual({});
  });

  it('asks for a name, and refuses one, or a title, beyond its limit', () => {
    expect(validatePerson({ name: ' \t', title: '', email: '' })).toEqual({ name: 'errNameRequired' });
    expect(validatePerson({ name: 'P'.repeat(LIMITS.name + 1), title: 'T'.repeat(LIMITS.title + 1), email: '' })).toEqual({ name: 'errTooLong', title: 'errTooLong' });
  });

  it('refuses an address that is none', () => {
    expect(validatePerson({ name: 'Priya Raman', title: '', email: 'priya at northwind' })).toEqual({ email: 'errEmailInvalid' });
  });
});
