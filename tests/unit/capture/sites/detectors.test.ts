import { describe, expect, it } from 'vitest';
import { SITES } from '../../../../src/capture/sites/index.ts';
import { SITE_EXAMPLES } from '../../../support/sites.ts';

const examplesOf = (source: string) => SITE_EXAMPLES[source as keyof typeof SITE_EXAMPLES] ?? [];
const table = SITES.flatMap((reader) => examplesOf(reader.source).map((url) => ({ owner: reader.source, url })));

describe('detectors', () => {
  it('every registered reader has example URLs beside its detector', () => {
    for (const reader of SITES) expect(examplesOf(reader.source).length, reader.source).toBeGreaterThanOrEqual(3);
    expect(Object.keys(SITE_EXAMPLES).sort()).toEqual(SITES.map((reader) => reader.source).sort());
  });

  describe.each(SITES.map((reader) => [reader.source, reader] as const))('%s', (source, reader) => {
    it.each(table)('$url', ({ owner, url }) => {
      expect(reader.detect(new URL(url))).toBe(owner === source);
    });
  });

  it.each(['javascript:alert(1)', 'chrome://extensions/', 'about:blank', 'data:text/html,<h1>x</h1>'])('no reader claims %s', (url) => {
    expect(SITES.filter((reader) => reader.detect(new URL(url))).map((r) => r.source)).toEqual([]);
  });

  it.each(['https://www.linkedin.com.evil.example/in/ada', 'https://notcalendar.google.com/calendar/r', 'https://outlook.office.com.evil.example/calendar/'])(
    'a look-alike host is only a generic page: %s',
    (url) => {
      expect(SITES.filter((reader) => reader.detect(new URL(url))).map((r) => r.source)).toEqual(['generic']);
    },
  );
});
