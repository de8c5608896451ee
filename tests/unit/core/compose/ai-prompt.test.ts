import { describe, expect, it } from 'vitest';
import { AI_INPUT_LIMITS, aiNoteInput, aiNotePrompt, type AiNoteSources } from '../../../../src/core/compose/ai-prompt.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/types.ts';
import { contactRecord, linkRecord, interviewRecord, tidbitRecord } from '../../../support/records.ts';

/**
 * Whole records, with everything the model must never see filled in: the
 * prompt is built from them and checked against each secret.
 */
const interview = interviewRecord({
  id: 'i1',
  company: 'Northwind Payments',
  role: 'Platform Engineer',
  round: 2,
  start: new Date(2026, 11, 1, 10).getTime(),
  notes: 'Team is moving the ledger to event sourcing',
  sourceUrls: ['https://www.linkedin.com/in/secret-source/'],
  decisionDate: '2026-12-12',
});
const priya = contactRecord({
  id: 'c1',
  name: 'Priya Raman',
  title: 'Engineering Manager, Platform',
  company: 'Northwind',
  email: 'priya@northwind.example',
  profileUrl: 'https://www.linkedin.com/in/priya-secret/',
  capturedUrl: 'https://calendar.google.com/secret-event',
});
const priyaLink = linkRecord({ id: 'l1', interviewId: 'i1', contactId: 'c1', notes: 'Cares about on-call load\nPromised her an article on on-call rotations' });
const larsLink = linkRecord({ id: 'l2', interviewId: 'i1', contactId: 'c2', notes: 'LARS-ONLY: asked about pager noise' });
const tidbit = tidbitRecord({
  id: 't1',
  url: 'https://example.org/on-call-rotations',
  title: 'Designing humane on-call rotations',
  excerpt: 'EXCERPT-SECRET',
  pageText: 'PAGE-TEXT-SECRET',
  foundOn: 'https://news.example/found-on-secret',
  topics: ['topic-secret'],
});
const settings = { ...DEFAULT_SETTINGS, name: 'Sam Candidate', signature: 'Sam Candidate\n+1 555 0100', myEmails: ['sam-secret@mail.example'] };

const sources = (over: Partial<AiNoteSources> = {}): AiNoteSources => ({
  mode: 'write',
  kind: 'thank-you',
  interview,
  contact: priya,
  link: priyaLink,
  settings,
  tidbit,
  promise: 'the article on on-call rotations',
  locale: 'en-US',
  draft: { subject: 'DRAFT-SUBJECT', body: 'DRAFT-BODY' },
  ...over,
});

const SECRETS = [
  'priya@northwind.example',
  'priya-secret',
  'secret-event',
  'secret-source',
  'LARS-ONLY',
  'EXCERPT-SECRET',
  'PAGE-TEXT-SECRET',
  'found-on-secret',
  'topic-secret',
  'sam-secret',
  '2026-12-12',
  'DRAFT-SUBJECT',
  'DRAFT-BODY',
];

describe('aiNotePrompt', () => {
  it('asks for a note from the interview, the person, the notes, the promise, the tidbit and the signature, each as written', () => {
    const { system, user } = aiNotePrompt(aiNoteInput(sources()));
    expect(user).toBe(
      [
        'Task: write a thank-you email after the interview that recalls something specific from my notes.',
        '',
        'Interview: Northwind Payments; role: Platform Engineer; round 2; on Tuesday, December 1',
        'Person: Priya Raman (call them Priya); Engineering Manager, Platform',
        'My notes about Priya:',
        'Cares about on-call load',
        'Promised her an article on on-call rotations',
        'My notes about the interview:',
        'Team is moving the ledger to event sourcing',
        'I promised them: the article on on-call rotations',
        'Link to share: Designing humane on-call rotations',
        'https://example.org/on-call-rotations',
        'Signature:',
        'Sam Candidate',
        '+1 555 0100',
      ].join('\n'),
    );
    expect(system).toContain('Never invent facts, names, dates, numbers, links, email addresses or phone numbers.');
    expect(system).toContain('Reply with JSON only');
  });

  it('gives the model nothing else: no address, no other interviewer’s notes, no page text, no text to polish when writing', () => {
    const { system, user } = aiNotePrompt(aiNoteInput(sources()));
    for (const secret of SECRETS) expect(`${system}\n${user}`, secret).not.toContain(secret);
    // The other interviewer's link is simply never read: the input has no place for it.
    expect(Object.keys(aiNoteInput(sources())).sort()).toEqual(
      ['company', 'day', 'draftBody', 'draftSubject', 'firstName', 'fullName', 'interviewNotes', 'kind', 'mode', 'personNotes', 'promise', 'role', 'round', 'signature', 'tidbitLink', 'tidbitTitle', 'title'].sort(),
    );
    expect(aiNotePrompt(aiNoteInput(sources({ link: larsLink }))).user).toContain('LARS-ONLY');
  });

  it('adds the note as it stands only to polish it', () => {
    const { user } = aiNotePrompt(aiNoteInput(sources({ mode: 'polish', draft: { subject: 'Thank you — Platform Engineer interview', body: 'Hi Priya,\n\nThanks!' } })));
    expect(user.split('\n')[0]).toBe(
      'Task: polish the email below, which is a thank-you email after the interview that recalls something specific from my notes. Keep what it says, its names and its links; make it read naturally.',
    );
    expect(user.endsWith('Email to polish:\nSubject: Thank you — Platform Engineer interview\n\nHi Priya,\n\nThanks!')).toBe(true);
    for (const secret of SECRETS.filter((s) => !s.startsWith('DRAFT'))) expect(user, secret).not.toContain(secret);
  });

  it('leaves out what is missing rather than leaving a gap', () => {
    const bare = aiNotePrompt(
      aiNoteInput(
        sources({
          interview: { ...interview, role: '', round: Number.NaN, start: Number.NaN, notes: '' },
          contact: { ...priya, title: '' },
          link: { notes: '' },
          tidbit: null,
          promise: 'the article on on-call rotations',
          settings: { ...settings, signature: '', name: '' },
        }),
      ),
    );
    expect(bare.user).toBe(
      ['Task: write a thank-you email after the interview that recalls something specific from my notes.', '', 'Interview: Northwind Payments', 'Person: Priya Raman (call them Priya)'].join('\n'),
    );
  });

  it.each([
    ['check-in', 'Task: write a short, polite check-in that asks whether there is any news on their decision.'],
    ['value-add', 'Task: write a short, no-pressure email that shares something useful (the link below, if there is one) and asks nothing about their decision.'],
  ] as const)('asks for a %s note as such', (kind, task) => {
    expect(aiNotePrompt(aiNoteInput(sources({ kind }))).user.split('\n')[0]).toBe(task);
  });

  it('bounds the notes and the text to polish, so the prompt fits the model', () => {
    const long = 'word '.repeat(2_000);
    const input = aiNoteInput(sources({ mode: 'polish', link: { notes: long }, interview: { ...interview, notes: long }, draft: { subject: 'S', body: long } }));
    // Cut to the bound, not refused: each keeps as much of the text as fits (up to one word's worth less).
    const kept = (text: string, limit: number) => text.startsWith('word word') && text.length <= limit && text.length > limit - 'word '.length;
    expect(kept(input.personNotes, AI_INPUT_LIMITS.notes)).toBe(true);
    expect(kept(input.interviewNotes, AI_INPUT_LIMITS.notes)).toBe(true);
    expect(kept(input.draftBody, AI_INPUT_LIMITS.draftBody)).toBe(true);
  });

  it('cleans control and bidi characters out of what it passes on', () => {
    const input = aiNoteInput(sources({ contact: { ...priya, name: 'Priya\u202E Raman' }, link: { notes: 'on-call\u0007 load' } }));
    expect([input.fullName, input.personNotes]).toEqual(['Priya Raman', 'on-call load']);
  });
});
