/**
 * Single records for tests, with neutral defaults: a test names only the
 * fields it is about. (tests/support/seed.ts makes whole realistic data sets.)
 */
import type { InterviewFields } from '../../src/core/interview-input.ts';
import type { Contact, Interview, Link, Tidbit, Touch } from '../../src/core/types.ts';

/** What the interview form gives for a new interview: an awaiting interview at a known time, with nothing else said. */
export function interviewFields(fields: Partial<InterviewFields> = {}): InterviewFields {
  return {
    company: 'Acme', role: '', round: 1, start: 0, end: null, timeKnown: true, decisionDate: null, status: 'awaiting', notes: '',
    industry: '', location: '', website: '', noteLanguage: '', ...fields,
  };
}

export function interviewRecord(fields: Partial<Interview> & Pick<Interview, 'id'>): Interview {
  return {
    company: 'Acme',
    role: '',
    round: 1,
    start: 0,
    end: null,
    timeKnown: true,
    decisionDate: null,
    status: 'awaiting',
    noteLanguage: '',
    notes: '',
    industry: '',
    location: '',
    website: '',
    sourceUrls: [],
    repliedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

export function contactRecord(fields: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return {
    name: '',
    title: '',
    company: '',
    email: '',
    profileUrl: '',
    capturedFrom: 'manual',
    capturedUrl: '',
    capturedAt: 0,
    ...fields,
  };
}

export function linkRecord(fields: Partial<Link> & Pick<Link, 'id' | 'interviewId' | 'contactId'>): Link {
  return { notes: '', addedAt: 0, ...fields };
}

export function touchRecord(fields: Partial<Touch> & Pick<Touch, 'id' | 'interviewId' | 'contactId'>): Touch {
  return {
    kind: 'thank-you',
    dueAt: 0,
    status: 'planned',
    notifiedAt: null,
    sentAt: null,
    subject: '',
    body: '',
    tidbitId: null,
    asksStatus: false,
    ...fields,
  };
}

export function tidbitRecord(fields: Partial<Tidbit> & Pick<Tidbit, 'id' | 'url'>): Tidbit {
  return { title: '', excerpt: '', foundOn: '', topics: [], interviewId: null, savedAt: 0, ...fields };
}
