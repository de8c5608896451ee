import { describe, expect, it } from 'vitest';
import { filedText } from '../../../src/ui/format.ts';

describe('where a capture was filed', () => {
  it('names the company and the role', () => expect(filedText({ company: 'Northwind Analytics', role: 'Backend Engineer' })).toBe('Saved to Northwind Analytics — Backend Engineer'));
  it('names the company alone when there is no role', () => expect(filedText({ company: 'Northwind Analytics', role: '' })).toBe('Saved to Northwind Analytics'));
});
