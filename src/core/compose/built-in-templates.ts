// The built-ins' words live in the locale files (`tpl…` keys), so a translation is a new messages.json, not a code change.
import type { Template } from '../types.ts';

interface BuiltIn {
  id: string;
  kind: Template['kind'];
  /** Prefix of the three message keys: `${keys}Name`, `${keys}Subject`, `${keys}Body`. */
  keys: string;
}

const BUILT_INS: readonly BuiltIn[] = [
  { id: 'builtin-thank-you', kind: 'thank-you', keys: 'tplThankYou' },
  { id: 'builtin-second-round', kind: 'second-round', keys: 'tplSecondRound' },
  { id: 'builtin-check-in', kind: 'check-in', keys: 'tplCheckIn' },
  { id: 'builtin-value-add', kind: 'value-add', keys: 'tplValueAdd' },
];

/**
 * Every message key the built-in templates read, for the locale meta-test.
 * @internal exported for its tests
 */
export const BUILT_IN_TEMPLATE_KEYS: readonly string[] = BUILT_INS.flatMap(({ keys }) => [
  `${keys}Name`,
  `${keys}Subject`,
  `${keys}Body`,
]);

/**
 * `getText` gives the words of the note's language; `nameText` names the
 * template in the browser's, where the two differ (a German note picked from
 * an English screen is still called "Thank-you note" there).
 */
export function builtInTemplates(getText: (key: string) => string, nameText: (key: string) => string = getText): Template[] {
  return BUILT_INS.map(({ id, kind, keys }) => ({
    id,
    kind,
    name: nameText(`${keys}Name`),
    subject: getText(`${keys}Subject`),
    body: getText(`${keys}Body`),
    builtIn: true,
    updatedAt: 0,
  }));
}

/**
 * The templates the user picks from: the built-ins in their fixed order, each
 * replaced by the user's edit of it when there is one, then the user's own
 * templates by name. A stored template is the user's own unless its id is a
 * current built-in's, whatever its `builtIn` flag says (a backup may carry a
 * built-in that a later version removed).
 */
export function mergeTemplates(builtIns: readonly Template[], stored: readonly Template[]): Template[] {
  const storedById = new Map(stored.map((template) => [template.id, template]));
  const builtInIds = new Set(builtIns.map((template) => template.id));
  const shipped = builtIns.map((builtIn) => {
    const edit = storedById.get(builtIn.id);
    return edit ? { ...edit, kind: builtIn.kind, builtIn: true } : builtIn;
  });
  const own = stored
    .filter((template) => !builtInIds.has(template.id))
    .map((template) => ({ ...template, builtIn: false }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [...shipped, ...own];
}
