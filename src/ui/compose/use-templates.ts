/** The templates the user can pick from, and which of them are stored edits. */
import type { Template } from '../../core/types.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { useLoaded } from '../use-loaded.ts';
import { loadTemplates } from './load-compose.ts';

export interface TemplateSet {
  /** Built-ins (edited or not) in their fixed order, then the user's own by name. */
  all: Template[];
  /** Ids that have a stored record: the user's own, and built-ins they edited. */
  stored: Set<string>;
}

export function useTemplates() {
  return useLoaded(async (d) => {
    const stored = await listStoredTemplates(d);
    return { all: loadTemplates(stored), stored: new Set(stored.map((template) => template.id)) } satisfies TemplateSet;
  });
}
