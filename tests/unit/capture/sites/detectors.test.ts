import { describe, expect, it } from 'vitest';
import { SITES as READERS } from '../../../../src/capture/sites/index.ts';
import { SITE_EXAMPLES as DETECTOR_EXAMPLES } from '../../../support/sites.ts';

const examplesOf = (source: string) => DETECTOR_EXAMPLES[source as keyof typeof DETECTOR_EXAMPLES] ?? [];
const table = READERS.flatMap((reader) => examplesOf(reader.source).map((url) => ({ owner: reader.source, url })));

describe('detectors', () => {
  it('every registered reader has example URLs beside its detector', () => {
    for (const reader of READERS) expect(examplesOf(reader.source).length, reader.source).toBeGreaterThanOrEqual(3);
    expect(Object.keys(DETECTOR_EXAMPLES).sort()).toEqual(READERS.map((reader) => reader.source).sort());
  });

  describe.each(READERS.map((reader) => [reader.source, reader] as const))('%s', (source, reader) => {
    it.each(table)('$url', ({ owner, url }) => {
      expect(reader.detect(new URL(url))).toBe(owner === source);
    });
  });

  it.each(['javascript:alert(1)', 'chrome://extensions/', 'about:blank', 'data:text/html,<h1>x</h1>'])('no reader claims %s', (url) => {
    expect(READERS.filter((reader) => reader.detect(new URL(url))).map((r) => r.source)).toEqual([]);
  });

  it.each(['https://www.linkedin.com.evil.example/in/ada', 'https://notcalendar.google.com/calendar/r', 'https://outlook.office.com.evil.example/calendar/'])(
    'a look-alike host is only a generic page: %s',
    (url) => {
      expect(READERS.filter((reader) => reader.detect(new URL(url))).map((r) => r.source)).toEqual(['generic']);
    },
  );
});
