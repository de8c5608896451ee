/**
 * Checking and storing the user's templates. An edit of a built-in template
 * is stored under the built-in's id and replaces its text; deleting that
 * record ("reset") brings the shipped text back.
 */
import { lintTemplate } from '../../core/compose/lint-template.ts';
import { problemMessage } from '../../core/compose/problems.ts';
import { newId } from '../../core/ids.ts';
import { cleanBlock, cleanLine, LIMITS } from '../../core/text.ts';
import type { Template } from '../../core/types.ts';
import { deleteTemplate, putTemplate } from '../../db/templates.ts';
import { write } from '../../db/write.ts';
import type { ShownProblem } from './note-draft.ts';

export interface TemplateFields {
  name: string;
  subject: string;
  body: string;
}

/** The message key of what is wrong with the name (only the user's own templates have one to edit), or null. */
export function templateNameError(fields: TemplateFields, own: boolean): string | null {
  return own && !cleanLine(fields.name, LIMITS.name) ? 'templateNameRequired' : null;
}

/** What keeps the subject or body from being saved; empty when they may be. */
export function templateProblems(fields: TemplateFields): ShownProblem[] {
  const problems: ShownProblem[] = [];
  const about = (field: 'subject' | 'body', key: string): ShownProblem => ({ fields: [field], name: '', key, substitutions: [] });
  if (!fields.subject.trim()) problems.push(about('subject', 'composeSubjectEmpty'));
  if (fields.subject.length > LIMITS.subject) problems.push(about('subject', 'problemFieldTooLong'));
  if (!fields.body.trim()) problems.push(about('body', 'composeBodyEmpty'));
  if (fields.body.length > LIMITS.body) problems.push(about('body', 'problemFieldTooLong'));
  for (const problem of lintTemplate(fields)) problems.push({ fields: [problem.field], name: problem.name, ...problemMessage(problem) });
  return problems;
}

/** A new template of the user's own, not stored until it is saved. */
export function blankTemplate(name: string): Template {
  return { id: newId(), kind: 'custom', name, subject: '', body: '', builtIn: false, updatedAt: 0 };
}

export async function saveTemplate(base: Template, fields: TemplateFields): Promise<Template> {
  const template: Template = {
    ...base,
    name: base.builtIn ? base.name : cleanLine(fields.name, LIMITS.name),
    subject: cleanLine(fields.subject, LIMITS.subject),
    body: cleanBlock(fields.body, LIMITS.body),
    updatedAt: Date.now(),
  };
  await write(['templates'], (d) => putTemplate(d, template));
  return template;
}

/** Deletes the user's template, or their edit of a built-in one (which brings the shipped text back). */
export async function removeTemplate(template: Template): Promise<void> {
  await write(['templates'], (d) => deleteTemplate(d, template.id));
}

export async function restoreTemplate(template: Template): Promise<void> {
  await write(['templates'], (d) => putTemplate(d, template));
}
