// Interviews as RFC 4180 CSV. Labels come from the caller, so this stays free of the browser's i18n.
import { formatLocalDate, formatLocalTime } from '../local-time.ts';
import { groupBy, type Contact, type Id, type Interview, type InterviewStatus, type Link } from '../types.ts';

export const CSV_COLUMNS = [
  'company',
  'industry',
  'location',
  'website',
  'role',
  'round',
  'status',
  'start',
  'end',
  'decisionDate',
  'interviewers',
  'interviewerEmails',
  'notes',
  'sourceUrls',
  'repliedAt',
  'createdAt',
  'updatedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvLabels {
  columns: Record<CsvColumn, string>;
  statuses: Record<InterviewStatus, string>;
}

export interface CsvOptions {
  /** Starts the text with a byte-order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
}

/** The first characters with which a spreadsheet starts a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that starts like a formula gets an apostrophe: notes and company names
 * come from web pages and must never run as a formula in Excel or Sheets.
 * @internal exported for its tests
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A local date and time as `YYYY-MM-DD HH:MM`, the ISO 8601 form spreadsheets read as a date.
 * @internal exported for its tests
 */
export function csvDateTime(instant: number | null): string {
  return instant === null ? '' : `${formatLocalDate(instant)} ${formatLocalTime(instant)}`;
}

/** The interviewer links grouped by interview, in the order they were added. */
export function interviewersByInterview(links: readonly Link[]): Map<Id, Link[]> {
  return groupBy([...links].sort((a, b) => a.addedAt - b.addedAt), (link) => link.interviewId);
}

/** One row per interview, the earliest first, after a header row. */
export function interviewsCsv(
  interviews: readonly Interview[],
  interviewersOf: ReadonlyMap<Id, readonly Link[]>,
  contacts: ReadonlyMap<Id, Contact>,
  labels: CsvLabels,
  options: CsvOptions = {},
): string {
  const rows: string[][] = [CSV_COLUMNS.map((column) => labels.columns[column])];
  for (const interview of [...interviews].sort((a, b) => a.start - b.start)) {
    const people = (interviewersOf.get(interview.id) ?? []).flatMap((l) => contacts.get(l.contactId) ?? []);
    const cells: Record<CsvColumn, string> = {
      company: interview.company,
      industry: interview.industry,
      location: interview.location,
      website: interview.website,
      role: interview.role,
      round: String(interview.round),
      status: labels.statuses[interview.status],
      // An interview known only by its day has no time to give.
      start: interview.timeKnown ? csvDateTime(interview.start) : formatLocalDate(interview.start),
      end: csvDateTime(interview.end),
      decisionDate: interview.decisionDate ?? '',
      interviewers: people.map((p) => p.name).join('; '),
      interviewerEmails: people.flatMap((p) => (p.email ? [p.email] : [])).join('; '),
      notes: interview.notes,
      sourceUrls: interview.sourceUrls.join(' '),
      repliedAt: csvDateTime(interview.repliedAt),
      createdAt: csvDateTime(interview.createdAt),
      updatedAt: csvDateTime(interview.updatedAt),
    };
    rows.push(CSV_COLUMNS.map((column) => cells[column]));
  }
  const text = `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return options.bom ? `\uFEFF${text}` : text;
}
