import { cleanBlock, cleanLine } from '../text.ts';
import type { Contact, Interview, Link, Settings, Tidbit, TouchKind } from '../types.ts';
import { noteValues } from './note-values.ts';

/** Write a note from the notes, or polish the note the composer shows. */
export type AiMode = 'write' | 'polish';

export interface AiNoteInput {
  mode: AiMode;
  /** Says what the note is for; it is the task, not data about anyone. */
  kind: TouchKind;
  company: string;
  role: string;
  /** The round as the note would write it ("2"), or ''. */
  round: string;
  /** The interview's day as the note would write it ("Tuesday, December 1"), or ''. */
  day: string;
  fullName: string;
  firstName: string;
  title: string;
  personNotes: string;
  interviewNotes: string;
  promise: string;
  tidbitTitle: string;
  tidbitLink: string;
  signature: string;
  /** The note to polish, as the composer shows it; '' when writing afresh. */
  draftSubject: string;
  draftBody: string;
}

export interface AiNoteSources {
  mode: AiMode;
  kind: TouchKind;
  interview: Pick<Interview, 'company' | 'role' | 'round' | 'start' | 'notes'>;
  contact: Pick<Contact, 'name' | 'title' | 'company'>;
  link: Pick<Link, 'notes'>;
  settings: Pick<Settings, 'name' | 'signature'>;
  tidbit: Pick<Tidbit, 'title' | 'url'> | null;
  /** What the chosen tidbit keeps a promise of, or ''. */
  promise: string;
  locale: string;
  /** The note as the composer shows it, read only for 'polish'. */
  draft: { subject: string; body: string } | null;
}

/**
 * Bounds on what goes in, so a prompt fits the model's context window (a few
 * thousand tokens) with room for the reply. Longer notes are cut, not refused.
 * @internal exported for its tests
 */
export const AI_INPUT_LIMITS = { notes: 1_500, draftBody: 3_000 } as const;

/**
 * What the browser's on-device model is asked for one interviewer's note. It
 * is given only what the candidate wrote and chose for this person: the
 * interview (company, role, round, day), the person (name, title), the notes
 * about them and about the interview, the promise and the tidbit chosen, the
 * signature, and for "Polish my text" the note as it stands. Nothing else is
 * read from the records: no address, no other interviewer's notes, no page
 * text of a tidbit.
 */
export function aiNoteInput(sources: AiNoteSources): AiNoteInput {
  const values = noteValues({ ...sources, topic: '' });
  const polishing = sources.mode === 'polish' && sources.draft !== null;
  return {
    mode: sources.mode,
    kind: sources.kind,
    company: values.company,
    role: values.role,
    round: values.round,
    day: values.interviewDay,
    fullName: values.fullName,
    firstName: values.firstName,
    title: values.title,
    personNotes: cleanBlock(sources.link.notes, AI_INPUT_LIMITS.notes),
    interviewNotes: cleanBlock(sources.interview.notes, AI_INPUT_LIMITS.notes),
    promise: values.promise,
    tidbitTitle: values.tidbitTitle,
    tidbitLink: values.tidbitLink,
    signature: values.signature,
    draftSubject: polishing ? cleanLine(sources.draft!.subject) : '',
    draftBody: polishing ? cleanBlock(sources.draft!.body, AI_INPUT_LIMITS.draftBody) : '',
  };
}

/** The reply asked for: a JSON object with the subject and the body, nothing else. */
export const AI_NOTE_SCHEMA = {
  type: 'object',
  properties: { subject: { type: 'string' }, body: { type: 'string' } },
  required: ['subject', 'body'],
  additionalProperties: false,
} as const;

/** The language the model is asked to read and write; the composer's templates are English. */
export const AI_LANGUAGE = 'en';

const SYSTEM = [
  'You help a job candidate write one short email to one person who interviewed them.',
  'Use only the facts you are given. Never invent facts, names, dates, numbers, links, email addresses or phone numbers.',
  'Address the person by their name exactly as it is given.',
  'When a link is given, copy it exactly, on a line of its own.',
  'Write plain text in English: no placeholders such as [Name] or {{name}}, no markdown.',
  'Keep it warm, specific and professional, and under 150 words.',
  'End with the signature exactly as it is given.',
  'Reply with JSON only: {"subject": "…", "body": "…"}.',
].join('\n');

const TASKS: Record<TouchKind, string> = {
  'thank-you': 'a thank-you email after the interview that recalls something specific from my notes',
  'check-in': 'a short, polite check-in that asks whether there is any news on their decision',
  'value-add': 'a short, no-pressure email that shares something useful (the link below, if there is one) and asks nothing about their decision',
};

/** The system prompt (given once, when the session is created) and the request. */
export function aiNotePrompt(input: AiNoteInput): { system: string; user: string } {
  const name = input.fullName || input.firstName;
  const calledBy = input.firstName && input.firstName !== input.fullName ? ` (call them ${input.firstName})` : '';
  const interview = [
    input.company,
    input.role && `role: ${input.role}`,
    input.round && `round ${input.round}`,
    input.day && `on ${input.day}`,
  ].filter(Boolean);
  const polishing = input.mode === 'polish' && input.draftBody !== '';
  const task = polishing
    ? `Task: polish the email below, which is ${TASKS[input.kind]}. Keep what it says, its names and its links; make it read naturally.`
    : `Task: write ${TASKS[input.kind]}.`;
  const facts = [
    interview.length > 0 ? `Interview: ${interview.join('; ')}` : '',
    name ? `Person: ${name}${calledBy}${input.title ? `; ${input.title}` : ''}` : '',
    block(`My notes about ${input.firstName || name || 'them'}:`, input.personNotes),
    block('My notes about the interview:', input.interviewNotes),
    input.promise ? `I promised them: ${input.promise}` : '',
    input.tidbitLink ? `Link to share: ${input.tidbitTitle}\n${input.tidbitLink}` : '',
    block('Signature:', input.signature),
    polishing ? block('Email to polish:', `Subject: ${input.draftSubject}\n\n${input.draftBody}`) : '',
  ];
  return { system: SYSTEM, user: [task, '', ...facts.filter(Boolean)].join('\n') };
}

function block(label: string, text: string): string {
  return text ? `${label}\n${text}` : '';
}
