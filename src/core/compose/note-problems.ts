// A note with any problem must not be sent as is: the composer shows the problems and blocks the send buttons.

import { isPlaceholderName, type PlaceholderName } from './placeholders.ts';

export type NoteField = 'subject' | 'body';

/** @internal exported for its tests */
export type ProblemKind =
  /** A tag that names no placeholder or section (or is not a name at all). */
  | 'unknown'
  /** A `{{` or `}}` without its partner; it stays in the text as typed. */
  | 'malformed'
  /** `{{#name}}` with no `{{/name}}` after it. */
  | 'unclosed'
  /** `{{/name}}` with no open `{{#name}}` before it. */
  | 'unopened'
  /** A placeholder that would be sent empty: the value is missing or blank. */
  | 'empty'
  /** A value past its bound, cut to fit. */
  | 'valueTooLong'
  /** The rendered field past LIMITS.subject or LIMITS.body, cut to fit. */
  | 'fieldTooLong';

export interface NoteProblem {
  kind: ProblemKind;
  field: NoteField;
  /** The placeholder or section name, the braces for 'malformed', '' for 'fieldTooLong'. */
  name: string;
  /** Where in the field's template text the culprit is (UTF-16 offsets), for selecting it. */
  start: number;
  end: number;
}

const MESSAGE_KEYS: Record<ProblemKind, string> = {
  unknown: 'problemUnknownPlaceholder',
  malformed: 'problemMalformedBraces',
  unclosed: 'problemSectionUnclosed',
  unopened: 'problemSectionUnopened',
  empty: 'problemEmptyValue',
  valueTooLong: 'problemValueTooLong',
  fieldTooLong: 'problemFieldTooLong',
};

/**
 * A value missing for this person, said as what to do about it ("Add what you
 * talked about with Priya, or pick a template without a topic"), not in
 * template syntax: the person writing the note may never have seen the
 * template's text. Each takes the person's name as `$NAME$`.
 */
const EMPTY_KEYS: Record<PlaceholderName, string> = {
  firstName: 'problemEmptyName',
  fullName: 'problemEmptyName',
  title: 'problemEmptyTitle',
  company: 'problemEmptyCompany',
  role: 'problemEmptyRole',
  round: 'problemEmptyRound',
  interviewDay: 'problemEmptyDay',
  topic: 'problemEmptyTopic',
  tidbitTitle: 'problemEmptyTidbit',
  tidbitLink: 'problemEmptyTidbit',
  promise: 'problemEmptyPromise',
  myName: 'problemEmptyMyName',
  signature: 'problemEmptyMyName',
};

/**
 * The message key to show for a problem, with its one substitution: the
 * person the note is for when a value is missing (`person`), otherwise the
 * name of the tag at fault.
 */
export function problemMessage(problem: NoteProblem, person = ''): { key: string; substitutions: string[] } {
  if (problem.kind === 'empty' && isPlaceholderName(problem.name)) return { key: EMPTY_KEYS[problem.name], substitutions: [person] };
  return { key: MESSAGE_KEYS[problem.kind], substitutions: [problem.name] };
}

/**
 * Every message key problemMessage can give, for the locale meta-test.
 * @internal exported for its tests
 */
export const PROBLEM_MESSAGE_KEYS: readonly string[] = [...new Set([...Object.values(MESSAGE_KEYS), ...Object.values(EMPTY_KEYS)])];

/** Invalid tags can hold anything; the name shown for them is kept short. */
export const SHOWN_NAME_MAX = 60;
