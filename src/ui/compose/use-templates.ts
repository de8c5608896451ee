/**
 * The templates the user can pick from, and which of them are stored edits. Here
 * rather than with the composer's data, so the template editor loads without it.
 */
import { builtInTemplates, mergeTemplates } from '../../core/compose/built-in-templates.ts';
import type { Template } from '../../core/types.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { tDynamic } from '../../i18n.ts';
import { useLoaded } from '../use-loaded.ts';
import type { NoteWords } from './note-language.ts';

interface TemplateSet {
  /** Built-ins (edited or not) in their fixed order, then the user's own by name. */
  all: Template[];
  /** Ids that have a stored record: the user's own, and built-ins they edited. */
  stored: Set<string>;
}

/**
 * The built-in templates in the browser's language with the user's edits, then
 * the user's own. Given a note's words in another language, the built-ins are
 * in that language as shipped: the user's edits of them are in the browser's.
 */
export function loadTemplates(stored: readonly Template[], words?: NoteWords): Template[] {
  const uiText = (key: string) => tDynamic(key);
  if (!words?.text) return mergeTemplates(builtInTemplates(uiText), stored);
  const builtIns = builtInTemplates(words.text, uiText);
  const ids = new Set(builtIns.map((template) => template.id));
  return mergeTemplates(builtIns, stored.filter((template) => !ids.has(template.id)));
}

export function useTemplates() {
  return useLoaded(async (d) => {
    const stored = await listStoredTemplates(d);
    return { all: loadTemplates(stored), stored: new Set(stored.map((template) => template.id)) } satisfies TemplateSet;
  });
}
