/**
 * One interviewer's note while it is being written, and what it would send.
 *
 * The subject and body start as the template rendered with this person's
 * values and follow every change of template, topic or tidbit. Once the user
 * types into either, that field keeps their words (an "edit") and stops
 * following the template; the composer says so and offers to go back.
 *
 * Nothing with a problem may be sent: for a field that follows the template,
 * the renderer's problems (an empty placeholder, an unknown tag…); for an
 * edited field, an empty text or braces left in it, since braces there can
 * only be a placeholder the user meant to have filled.
 */
import { problemMessage, type NoteField } from '../../core/compose/problems.ts';
import { renderNote } from '../../core/compose/render-note.ts';
import type { NoteValues } from '../../core/compose/placeholders.ts';
import { cleanBlock, cleanLine, LIMITS } from '../../core/text.ts';
import type { Id, Template } from '../../core/types.ts';

/** Where a note left Afterview, so the composer can ask whether it was sent. */
export const SEND_TARGETS = ['copy', 'mailto', 'gmail', 'outlook-work', 'outlook-personal'] as const;
export type SendTarget = (typeof SEND_TARGETS)[number];

export interface NoteDraft {
  templateId: Id;
  topic: string;
  /** The chosen tidbit, or null for "no tidbit". */
  tidbitId: Id | null;
  /** The user's own words for the field, or null while it follows the template. */
  subjectEdit: string | null;
  bodyEdit: string | null;
  /** How the note was last copied or opened, until it is marked as sent. */
  handedTo: SendTarget | null;
  /** Whether the candidate changed anything yet: until then nothing is shown as wrong. */
  touched: boolean;
  /** True while the edits are a draft of the browser's on-device model, so the composer says whose words they are. */
  byModel?: boolean;
}

/** A problem ready to show: its message key, substitutions, and what it concerns. */
export interface ShownProblem {
  /** The fields it is about: a placeholder missing from both subject and body is one problem. */
  fields: NoteField[];
  /** The placeholder it is about ('' when it is about the whole field). */
  name: string;
  key: string;
  substitutions: string[];
}

export interface ComposedNote {
  /** What would be sent. */
  subject: string;
  body: string;
  /**
   * What the fields show: the edit exactly as typed (cleaning it on every
   * keystroke would eat the space or line break just typed at its end), or
   * the template's text.
   */
  shown: { subject: string; body: string };
  /** The template's text for this person, to compare with an edit and to go back to. */
  rendered: { subject: string; body: string };
  /** True when the field holds the user's words rather than the template's. */
  subjectDrifted: boolean;
  bodyDrifted: boolean;
  /** Empty when the note may be sent. */
  problems: ShownProblem[];
}

/** `person` names the recipient in the problems ("Add what you talked about with Priya …"). */
export function composeNote(
  template: Pick<Template, 'subject' | 'body'>,
  values: NoteValues,
  draft: Pick<NoteDraft, 'subjectEdit' | 'bodyEdit'>,
  person = '',
): ComposedNote {
  const rendered = renderNote(template, values);
  const subjectEdit = draft.subjectEdit === null ? null : cleanEdit(draft.subjectEdit, 'subject');
  const bodyEdit = draft.bodyEdit === null ? null : cleanEdit(draft.bodyEdit, 'body');
  const fromTemplate = rendered.problems
    .filter((problem) => (problem.field === 'subject' ? subjectEdit === null : bodyEdit === null))
    .map((problem): ShownProblem => ({ fields: [problem.field], name: problem.name, ...problemMessage(problem, person) }));
  const problems = unique([
    ...fromTemplate,
    ...(subjectEdit === null ? [] : editProblems(draft.subjectEdit ?? '', subjectEdit, 'subject')),
    ...(bodyEdit === null ? [] : editProblems(draft.bodyEdit ?? '', bodyEdit, 'body')),
  ]);
  return {
    subject: subjectEdit ?? rendered.subject,
    body: bodyEdit ?? rendered.body,
    shown: { subject: draft.subjectEdit ?? rendered.subject, body: draft.bodyEdit ?? rendered.body },
    rendered: { subject: rendered.subject, body: rendered.body },
    subjectDrifted: subjectEdit !== null && subjectEdit !== rendered.subject,
    bodyDrifted: bodyEdit !== null && bodyEdit !== rendered.body,
    problems: problems.sort((a, b) => fieldOrder(a.fields[0]) - fieldOrder(b.fields[0])),
  };
}

/**
 * The edit as it would be sent: controls removed, the subject on one line, the
 * body's line breaks kept. Cut one character past the limit so the length
 * check below can still see that it was too long.
 */
function cleanEdit(text: string, field: NoteField): string {
  return field === 'subject' ? cleanLine(text, LIMITS.subject + 1) : cleanBlock(text, LIMITS.body + 1);
}

function editProblems(raw: string, clean: string, field: NoteField): ShownProblem[] {
  const problems: ShownProblem[] = [];
  const at = (key: string, name = ''): ShownProblem => ({ fields: [field], name, key, substitutions: [name] });
  if (!clean) problems.push(at(field === 'subject' ? 'composeSubjectEmpty' : 'composeBodyEmpty'));
  if (/\{\{|\}\}/.test(raw)) problems.push(at('composeBracesLeft'));
  if (clean.length > (field === 'subject' ? LIMITS.subject : LIMITS.body)) problems.push(at('problemFieldTooLong'));
  return problems;
}

/** The same placeholder used twice, or in both fields, would otherwise be reported twice: it is one problem, about both fields. */
function unique(problems: ShownProblem[]): ShownProblem[] {
  const byMessage = new Map<string, ShownProblem>();
  for (const problem of problems) {
    const key = [problem.key, ...problem.substitutions].join('\u0000');
    const known = byMessage.get(key);
    if (!known) byMessage.set(key, { ...problem, fields: [...problem.fields] });
    else for (const field of problem.fields) if (!known.fields.includes(field)) known.fields.push(field);
  }
  return [...byMessage.values()];
}

function fieldOrder(field: NoteField | undefined): number {
  return field === 'subject' ? 0 : 1;
}
