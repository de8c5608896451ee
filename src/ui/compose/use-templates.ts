/**
 * The templates the user can pick from, and which of them are stored edits. Here
 * rather than with the composer's data, so the template editor loads without it.
 */
import { builtInTemplates, mergeTemplates } from '../../core/compose/built-in-templates.ts';
import type { Template } from '../../core/types.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { tDynamic } from '../i18n.ts';
import { useLoaded } from '../use-loaded.ts';

interface TemplateSet {
  /** Built-ins (edited or not) in their fixed order, then the user's own by name. */
  all: Template[];
  /** Ids that have a stored record: the user's own, and built-ins they edited. */
  stored: Set<string>;
}

/** The built-in templates in this language, with the user's edits, then the user's own. */
export function loadTemplates(stored: readonly Template[]): Template[] {
  return mergeTemplates(builtInTemplates((key) => tDynamic(key)), stored);
}

export function useTemplates() {
  return useLoaded(async (d) => {
    const stored = await listStoredTemplates(d);
    return { all: loadTemplates(stored), stored: new Set(stored.map((template) => template.id)) } satisfies TemplateSet;
  });
}
