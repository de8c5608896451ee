/** The templates store: the user's own templates and their edits of the built-in ones. */
import type { Template } from '../core/types.ts';
import type { Db } from './open.ts';

export function listStoredTemplates(d: Db): Promise<Template[]> {
  return d.getAll('templates');
}

export async function putTemplate(d: Db, template: Template): Promise<void> {
  await d.put('templates', template);
}

export async function deleteTemplate(d: Db, id: string): Promise<void> {
  await d.delete('templates', id);
}
