/** The templates the user can pick from, and which of them are stored edits. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Template } from '../../core/types.ts';
import { db } from '../../db/open.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { loadTemplates } from './load-compose.ts';

export interface TemplateSet {
  /** Built-ins (edited or not) in their fixed order, then the user's own by name. */
  all: Template[];
  /** Ids that have a stored record: the user's own, and built-ins they edited. */
  stored: Set<string>;
}

export function useTemplates() {
  const [value, setValue] = useState<TemplateSet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    db()
      .then(listStoredTemplates)
      .then(
        (stored) => live && setValue({ all: loadTemplates(stored), stored: new Set(stored.map((template) => template.id)) }),
        (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, error, reload };
}
