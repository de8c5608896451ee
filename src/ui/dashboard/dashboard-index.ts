// Built once per load, so a keystroke in the search box only compares strings, even over a thousand interviews and ten thousand tidbits.
import { fold } from '../../core/tidbits/words.ts';
import type { Contact, Id, Interview, InterviewStatus, Link, Tidbit, Touch } from '../../core/types.ts';
import { groupBy, INTERVIEW_STATUSES } from '../../core/types.ts';

export interface DashboardData {
  interviews: Interview[];
  contacts: Contact[];
  interviewers: Link[];
  tidbits: Tidbit[];
  touchpoints: Touch[];
}

interface EntryPerson {
  link: Link;
  contact: Contact;
}

export interface DashboardEntry {
  interview: Interview;
  /** In the order they were added to the interview. */
  people: EntryPerson[];
  /** The earliest due first. */
  touches: Touch[];
  tidbitCount: number;
  /** Folded text of the interview, its people, their notes and its tidbits. */
  haystack: string;
}

export type StatusFilter = InterviewStatus | 'all';

export interface DashboardFilter {
  status: StatusFilter;
  query: string;
}

/** Every interview as an entry, the most recent first. */
export function buildEntries(data: DashboardData): DashboardEntry[] {
  const contacts = new Map<Id, Contact>(data.contacts.map((c) => [c.id, c]));
  const linksOf = groupBy(data.interviewers, (l) => l.interviewId);
  const touchesOf = groupBy(data.touchpoints, (t) => t.interviewId);
  const tidbitsOf = groupBy(data.tidbits, (t) => t.interviewId);
  const entries = data.interviews.map((interview): DashboardEntry => {
    const people = (linksOf.get(interview.id) ?? [])
      .sort((a, b) => a.addedAt - b.addedAt)
      .flatMap((link) => {
        const contact = contacts.get(link.contactId);
        return contact ? [{ link, contact }] : [];
      });
    const tidbits = tidbitsOf.get(interview.id) ?? [];
    const text = [
      interview.company,
      interview.role,
      interview.notes,
      ...people.flatMap(({ link, contact }) => [contact.name, contact.title, contact.email, link.notes]),
      ...tidbits.flatMap((t) => [t.title, t.excerpt, t.url, t.topics.join(' ')]),
    ];
    return {
      interview,
      people,
      touches: (touchesOf.get(interview.id) ?? []).sort((a, b) => a.dueAt - b.dueAt),
      tidbitCount: tidbits.length,
      haystack: fold(text.join('\n')),
    };
  });
  return entries.sort((a, b) => b.interview.start - a.interview.start || (a.interview.id < b.interview.id ? -1 : 1));
}

/** The entries with the status that contain every word of the query, ignoring case and accents. */
export function filterEntries(entries: readonly DashboardEntry[], filter: DashboardFilter): DashboardEntry[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (filter.status === 'all' || entry.interview.status === filter.status) && words.every((word) => entry.haystack.includes(word)),
  );
}

export function countByStatus(entries: readonly DashboardEntry[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries([['all', entries.length], ...INTERVIEW_STATUSES.map((s) => [s, 0])]) as Record<StatusFilter, number>;
  for (const entry of entries) counts[entry.interview.status] += 1;
  return counts;
}
