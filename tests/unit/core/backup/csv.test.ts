import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvDateTime, interviewersByInterview, interviewsCsv, type CsvLabels } from '../../../../src/core/backup/csv.ts';
import type { Contact, Interview } from '../../../../src/core/types.ts';
import { contactRecord, linkRecord, interviewRecord } from '../../../support/records.ts';

const labels: CsvLabels = {
  columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, `H:${c}`])) as CsvLabels['columns'],
  statuses: { awaiting: 'Awaiting', 'next-round': 'Next round', offer: 'Offer', rejected: 'Rejected', withdrawn: 'Withdrawn' },
};

/** A strict RFC 4180 reader, to check that what is written reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quote');
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i += 1;
      }
    } else {
      const end = text.slice(i).search(/[,\r]/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\n]/.test(cell)) throw new Error(`unquoted special character in ${JSON.stringify(cell)}`);
      i += cell.length;
    }
    row.push(cell);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last row not ended with CRLF');
  return rows;
}

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function interview(fields: Partial<Interview>): Interview {
  return interviewRecord({
    id: 'i1', company: 'Quillmark', role: 'Designer', start: at(2026, 1, 15, 9, 5), createdAt: at(2026, 1, 10), updatedAt: at(2026, 1, 11), ...fields,
  });
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Tern & Tide, Inc.', '"Tern & Tide, Inc."'],
    ['She said "soon"', '"She said ""soon"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('defuses the formula %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves a cell alone when the formula character is not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('csvDateTime', () => {
  it('writes a local date and time, and nothing for no time', () => {
    expect(csvDateTime(at(2026, 3, 4, 7, 9))).toBe('2026-03-04 07:09');
    expect(csvDateTime(null)).toBe('');
  });
});

describe('interviewsCsv', () => {
  const contacts = new Map<string, Contact>(
    [
      { id: 'c1', name: 'Ana Lima', email: 'ana@quillmark.example' },
      { id: 'c2', name: '王芳', email: '' },
      { id: 'c3', name: 'O’Brien, Pat', email: 'pat@quillmark.example' },
    ].map((c) => [c.id, contactRecord({ company: 'Quillmark', ...c })]),
  );
  const links = [
    linkRecord({ id: 'l3', interviewId: 'i1', contactId: 'c3', addedAt: 30 }),
    linkRecord({ id: 'l1', interviewId: 'i1', contactId: 'c1', addedAt: 10 }),
    linkRecord({ id: 'l2', interviewId: 'i1', contactId: 'c2', addedAt: 20 }),
    linkRecord({ id: 'l4', interviewId: 'i1', contactId: 'missing', addedAt: 40 }),
  ];

  it('starts with the header row in column order, from the labels given', () => {
    const [header] = readCsv(interviewsCsv([], new Map(), contacts, labels));
    expect(header).toEqual(CSV_COLUMNS.map((c) => `H:${c}`));
  });

  it('writes one row per interview, the earliest first, that reads back cell for cell', () => {
    const tricky = interview({
      company: 'Tern & Tide, "Logistics"',
      notes: 'Line one, with a comma\nLine "two"\n=2+2 is not a formula here',
      end: at(2026, 1, 15, 10, 0),
      decisionDate: '2026-01-30',
      status: 'next-round',
      sourceUrls: ['https://calendar.example/a', 'https://calendar.example/b'],
      industry: 'Logistics, freight',
      location: 'Göteborg',
      website: 'https://www.terntide.example/',
    });
    const early = interview({ id: 'i0', company: 'Early', start: at(2025, 12, 1, 14, 0) });
    const rows = readCsv(interviewsCsv([tricky, early], interviewersByInterview(links), contacts, labels));
    expect(rows).toHaveLength(3);
    expect(rows[1]![0]).toBe('Early');
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(cells).toEqual({
      company: 'Tern & Tide, "Logistics"',
      industry: 'Logistics, freight',
      location: 'Göteborg',
      website: 'https://www.terntide.example/',
      role: 'Designer',
      round: '1',
      status: 'Next round',
      start: '2026-01-15 09:05',
      end: '2026-01-15 10:00',
      decisionDate: '2026-01-30',
      interviewers: 'Ana Lima; 王芳; O’Brien, Pat',
      interviewerEmails: 'ana@quillmark.example; pat@quillmark.example',
      notes: 'Line one, with a comma\nLine "two"\n=2+2 is not a formula here',
      sourceUrls: 'https://calendar.example/a https://calendar.example/b',
      repliedAt: '',
      createdAt: '2026-01-10 00:00',
      updatedAt: '2026-01-11 00:00',
    });
  });

  it('writes only the day of an interview whose time is unknown', () => {
    const rows = readCsv(interviewsCsv([interview({ start: at(2026, 1, 15, 12, 0), timeKnown: false })], new Map(), contacts, labels));
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect([cells.start, cells.end]).toEqual(['2026-01-15', '']);
  });

  it('defuses formulas in any cell taken from pages or typed', () => {
    const rows = readCsv(interviewsCsv([interview({ company: '=cmd|" /C calc"!A0', role: '@role', industry: '-1+1' })], new Map(), contacts, labels));
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect([cells.company, cells.role, cells.industry]).toEqual(['\'=cmd|" /C calc"!A0', "'@role", "'-1+1"]);
  });

  it('ends every row with CRLF and adds a byte-order mark only when asked', () => {
    const plain = interviewsCsv([interview({})], new Map(), contacts, labels);
    expect(plain.startsWith('H:company')).toBe(true);
    expect(plain.match(/\r\n/g)).toHaveLength(2);
    const excel = interviewsCsv([interview({})], new Map(), contacts, labels, { bom: true });
    expect(excel).toBe(`\uFEFF${plain}`);
  });
});
