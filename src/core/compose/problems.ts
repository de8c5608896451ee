/**
 * What can be wrong with a template, or with a note rendered from it. A note
 * with any problem must not be sent as is: the composer shows the problems and
 * blocks the send buttons until they are fixed.
 */

export type NoteField = 'subject' | 'body';

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

/** The message key to show for a problem, with its one substitution (`$NAME$`). */
export function problemMessage(problem: NoteProblem): { key: string; substitutions: string[] } {
  return { key: MESSAGE_KEYS[problem.kind], substitutions: [problem.name] };
}

/** Invalid tags can hold anything; the name shown for them is kept short. */
export const SHOWN_NAME_MAX = 60;
