/**
 * The right-click entries that save a tidbit: "Save link as tidbit" on a link,
 * "Save page as tidbit" on a page, "Save selection as tidbit" on selected text.
 * Each opens a submenu of the interviews still awaiting a decision and
 * "No interview yet"; when no interview awaits, the entry saves directly, as a
 * submenu with a single choice would only cost a click.
 *
 * Menus are rebuilt whole from the database (remove all, create again) on
 * install, on startup and after every change, so they heal the same way the
 * badge does. A click is handled by save-tidbit.ts through the onClicked event:
 * menu items of an MV3 worker cannot carry an onclick callback.
 */
import browser, { type Menus } from 'webextension-polyfill';
import { interviewMenuLabel, interviewsForTidbitMenu } from '../core/tidbits/menu-choices.ts';
import { db } from '../db/open.ts';
import { t, uiLanguage, type MessageKey } from '../ui/i18n.ts';

export const TIDBIT_CONTEXTS = ['link', 'page', 'selection'] as const;
export type TidbitContext = (typeof TIDBIT_CONTEXTS)[number];

export interface TidbitMenuChoice {
  context: TidbitContext;
  /** The interview to save for, or null for "No interview yet". */
  interviewId: string | null;
}

const PREFIX = 'afterview-tidbit';
const NO_INTERVIEW = 'none';

const TITLE_KEYS: Record<TidbitContext, MessageKey> = {
  link: 'menuSaveLinkAsTidbit',
  page: 'menuSavePageAsTidbit',
  selection: 'menuSaveSelectionAsTidbit',
};

/** Only web pages can be saved; the entries do not appear elsewhere (about:, file:, the stores). */
const WEB = ['http://*/*', 'https://*/*'];

/** `afterview-tidbit:link:<interview id>` or `afterview-tidbit:page:none`. */
export function menuItemId(choice: TidbitMenuChoice): string {
  return `${PREFIX}:${choice.context}:${choice.interviewId ?? NO_INTERVIEW}`;
}

/** The choice a clicked item stands for, or null for a parent, a separator or another extension's id. */
export function parseMenuItemId(id: string | number): TidbitMenuChoice | null {
  const [prefix, context, ...rest] = String(id).split(':');
  const interview = rest.join(':');
  if (prefix !== PREFIX || !(TIDBIT_CONTEXTS as readonly string[]).includes(context ?? '') || !interview) return null;
  return { context: context as TidbitContext, interviewId: interview === NO_INTERVIEW ? null : interview };
}

/**
 * Data shown as a menu title. Both browsers read `&` as an access-key marker
 * (so "R&D" would show as "RD" and bind D) and write `&&` for a literal one;
 * Chrome also replaces `%s` with the selected text. A word joiner between `%`
 * and `s` shows the same but is no longer the placeholder.
 */
export function menuText(data: string): string {
  return data.replace(/&/g, '&&').replace(/%s/g, '%\u2060s');
}

/**
 * Rebuilds run one after another: two interleaved rebuilds would each remove
 * all and then both create the same ids, which Chrome rejects. The promise is a
 * queue for the worker's current life, not state; a restarted worker starts
 * with an empty queue and rebuilds from the database.
 */
let queue: Promise<void> = Promise.resolve();

export function rebuildMenus(): Promise<void> {
  const run = queue.then(buildMenus, buildMenus);
  queue = run.catch(() => undefined);
  return run;
}

async function buildMenus(): Promise<void> {
  const d = await db();
  const interviews = interviewsForTidbitMenu(await d.getAllFromIndex('interviews', 'status', 'awaiting'));
  const locale = uiLanguage();
  await browser.contextMenus.removeAll();
  for (const context of TIDBIT_CONTEXTS) {
    // Children must repeat the contexts and patterns: Chrome gives an item
    // without contexts ['page'] and filters children like top-level items.
    const where: Menus.CreateCreatePropertiesType = {
      contexts: [context],
      ...(context === 'link' ? { targetUrlPatterns: WEB } : { documentUrlPatterns: WEB }),
    };
    const title = t(TITLE_KEYS[context]);
    if (interviews.length === 0) {
      create({ ...where, id: menuItemId({ context, interviewId: null }), title });
      continue;
    }
    const parentId = `${PREFIX}:${context}`;
    create({ ...where, id: parentId, title });
    for (const interview of interviews) {
      create({ ...where, parentId, id: menuItemId({ context, interviewId: interview.id }), title: menuText(interviewMenuLabel(interview, locale)) });
    }
    create({ ...where, parentId, id: `${PREFIX}-separator:${context}`, type: 'separator' });
    create({ ...where, parentId, id: menuItemId({ context, interviewId: null }), title: t('menuNoInterview') });
  }
}

function create(properties: Menus.CreateCreatePropertiesType): void {
  browser.contextMenus.create(properties, () => {
    // Chrome reports a failed create here rather than by throwing; reading
    // lastError marks it handled, and the next rebuild tries again.
    const error = browser.runtime.lastError;
    if (error) console.warn('Afterview: could not create menu item', properties.id, error.message);
  });
}
