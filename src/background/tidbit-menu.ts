// A click reaches handleMenuClick through the onClicked event: menu items of an MV3 worker cannot carry an onclick callback.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { newId } from '../core/ids.ts';
import { draftTidbit, MAX_HEADINGS, type PageSummary } from '../core/tidbits/draft.ts';
import { interviewMenuLabel, interviewsForTidbitMenu } from '../core/tidbits/menu-choices.ts';
import { normalizeTidbitUrl, type UrlRefusal } from '../core/tidbits/url.ts';
import { LIMITS } from '../core/text.ts';
import type { Tidbit } from '../core/types.ts';
import { listLinkedContacts } from '../db/links.ts';
import { getInterview } from '../db/interviews.ts';
import { db } from '../db/open.ts';
import { saveTidbit } from '../db/tidbits.ts';
import { broadcast, errorMessage } from '../messages/protocol.ts';
import { t, tDynamic, uiLanguage, type MessageKey } from '../i18n.ts';

const TIDBIT_CONTEXTS = ['link', 'page', 'selection'] as const;
type TidbitContext = (typeof TIDBIT_CONTEXTS)[number];

/** @internal exported for its tests */
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

/**
 * `afterview-tidbit:link:<interview id>` or `afterview-tidbit:page:none`.
 * @internal exported for its tests
 */
export function menuItemId(choice: TidbitMenuChoice): string {
  return `${PREFIX}:${choice.context}:${choice.interviewId ?? NO_INTERVIEW}`;
}

/**
 * The choice a clicked item stands for, or null for a parent, a separator or another extension's id.
 * @internal exported for its tests
 */
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
  * @internal exported for its tests
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

/**
 * The right-click entries that save a tidbit: "Save link as tidbit" on a link,
 * "Save page as tidbit" on a page, "Save selection as tidbit" on selected text.
 * Each opens a submenu of the interviews still awaiting a decision and
 * "No interview yet"; when no interview awaits, the entry saves directly, as a
 * submenu with a single choice would only cost a click.
 *
 * Menus are rebuilt whole from the database (remove all, create again) on
 * install, on startup and after every change, so they heal the same way the
 * badge does.
 */
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

/*
 * What happens when one of these entries is clicked: the
 * link, page or selection becomes a tidbit, saved for the chosen interview,
 * without opening any window. A saved page (or a selection on it) is read at
 * once, through the grant the click gives, for its description and main
 * headings: what it is about, for matching it to the notes later.
 *
 * Feedback:
 * - Saved: a "✓" on the toolbar icon, for that tab only, for two seconds. A
 *   tab's own badge text hides the global one (the count of due follow-ups)
 *   and setting it back to null shows the global one again. A timer is
 *   reliable enough here: both browsers keep the worker alive for about 30
 *   seconds after an event. Should it be stopped sooner anyway, Firefox drops
 *   the mark when the tab navigates and Chrome keeps a harmless "✓" on that one
 *   tab. An alarm could not do better: alarms fire after 30 seconds at the
 *   earliest.
 * - Refused (not an http(s) address) or failed: a notification that says why.
 * - Open extension pages are told, so a library on screen shows the new tidbit.
 */

export type MenuClickResult =
  | { kind: 'ignored' }
  | { kind: 'saved'; tidbit: Tidbit; created: boolean }
  | { kind: 'refused'; reason: UrlRefusal }
  | { kind: 'failed'; error: string };

/** @internal exported for its tests */
export const SAVED_MARK = '✓';
/** @internal exported for its tests */
export const SAVED_MARK_MS = 2_000;
/**
 * One notification id, so a second refusal replaces the first instead of stacking.
 * @internal exported for its tests
 */
export const TIDBIT_NOTIFICATION_ID = 'afterview-tidbit';

const REFUSAL_KEYS: Record<UrlRefusal, string> = {
  unsupportedScheme: 'tidbitRefusedScheme',
  invalid: 'tidbitRefusedInvalid',
};

export async function handleMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<MenuClickResult> {
  const choice = parseMenuItemId(info.menuItemId);
  if (!choice) return { kind: 'ignored' };
  try {
    const pageUrl = info.pageUrl ?? tab?.url ?? '';
    const target = choice.context === 'link' ? (info.linkUrl ?? '') : pageUrl;
    // Refuse before reading anything from the page: a javascript: link is not worth a script.
    const checked = normalizeTidbitUrl(target);
    if (!checked.ok) {
      await notify(REFUSAL_KEYS[checked.reason]);
      return { kind: 'refused', reason: checked.reason };
    }

    const d = await db();
    // An interview deleted since the menu was built: keep the tidbit, for no interview.
    const interview = choice.interviewId ? ((await getInterview(d, choice.interviewId)) ?? null) : null;
    // The topics come from everything noted about the interview, its people's notes included.
    const people = interview ? await listLinkedContacts(d, interview.id) : [];
    const notes = [interview?.notes ?? '', ...people.map((person) => person.link.notes)].join('\n');
    const draft = draftTidbit({
      url: target,
      linkText: choice.context === 'link' ? await linkTextOf(info, tab) : null,
      pageTitle: tab?.title ?? null,
      selection: info.selectionText ?? null,
      pageUrl,
      page: choice.context === 'link' ? null : await pageSummaryOf(info, tab),
      interview: interview && { id: interview.id, notes },
      now: Date.now(),
      newId,
    });
    if (!draft.ok) {
      await notify(REFUSAL_KEYS[draft.reason]);
      return { kind: 'refused', reason: draft.reason };
    }

    const saved = await saveTidbit(d, draft.tidbit);
    await markSaved(tab?.id);
    await broadcast('tidbitsChanged', {});
    return { kind: 'saved', ...saved };
  } catch (error) {
    const detail = errorMessage(error);
    await notify('tidbitSaveFailed', detail);
    return { kind: 'failed', error: detail };
  }
}

/**
 * The text of the clicked link. Firefox passes it; Chrome does not, so it is
 * read from the page, which the click's activeTab grant allows. Pages where no
 * extension may run a script (the web stores, the PDF viewer) give nothing, and
 * the draft falls back to the address.
 */
async function linkTextOf(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<string | null> {
  if (info.linkText) return info.linkText;
  if (!info.linkUrl || tab?.id === undefined || tab.id < 0) return null;
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: readLinkText as (...args: unknown[]) => unknown,
      args: [info.linkUrl, LIMITS.title],
    });
    return typeof first?.result === 'string' ? first.result : null;
  } catch {
    return null;
  }
}

/**
 * Runs in the page (it is serialised, so it must use nothing from outside its
 * body): the text of the first link to `href`, or its label, title or image
 * description. `a.href` is the resolved address, as the browser reports the
 * clicked link's. The result is untrusted page text; the draft cleans it.
 * @internal exported for its tests
 */
export function readLinkText(href: string, max: number): string {
  for (const link of Array.from(document.querySelectorAll('a[href], area[href]'))) {
    if (!(link instanceof HTMLAnchorElement || link instanceof HTMLAreaElement) || link.href !== href) continue;
    const text =
      // biome-ignore lint/performance/useDomNodeTextContent: the words the reader sees, not hidden text.
      (link instanceof HTMLAnchorElement ? link.innerText : link.alt) ||
      link.getAttribute('aria-label') ||
      link.title ||
      link.querySelector('img[alt]')?.getAttribute('alt') ||
      '';
    if (text.trim()) return text.trim().slice(0, max * 4);
  }
  return '';
}

/**
 * What the page says of itself, read in the clicked frame. Pages no extension
 * may script give nothing, and the tidbit keeps what the browser told.
 */
async function pageSummaryOf(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<PageSummary | null> {
  if (tab?.id === undefined || tab.id < 0) return null;
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: readPageSummary as (...args: unknown[]) => unknown,
      args: [LIMITS.excerpt, MAX_HEADINGS],
    });
    const result = first?.result as Partial<PageSummary> | undefined;
    if (!result || typeof result !== 'object') return null;
    return {
      title: typeof result.title === 'string' ? result.title : '',
      description: typeof result.description === 'string' ? result.description : '',
      headings: Array.isArray(result.headings) ? result.headings.filter((h): h is string => typeof h === 'string') : [],
    };
  } catch {
    return null;
  }
}

/**
 * Runs in the page (serialised, so it uses nothing from outside its body): the
 * page's title and description as it declares them, and the first headings of
 * its main content. Each is cut to `max`; the draft cleans them, as untrusted.
 * @internal exported for its tests
 */
export function readPageSummary(max: number, maxHeadings: number): PageSummary {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
  const root = document.querySelector('main, article, [role="main"]') ?? document.body;
  const headings: string[] = [];
  for (const heading of Array.from(root?.querySelectorAll('h1, h2, h3') ?? [])) {
    const text = (heading.textContent ?? '').slice(0, max * 2).replace(/\s+/g, ' ').trim();
    if (text) headings.push(text.slice(0, max));
    if (headings.length === maxHeadings) break;
  }
  return {
    title: (meta('meta[property="og:title"]') || document.title).slice(0, max),
    description: (meta('meta[name="description"]') || meta('meta[property="og:description"]') || meta('meta[name="twitter:description"]')).slice(0, max),
    headings,
  };
}

async function markSaved(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await browser.action.setBadgeText({ tabId, text: SAVED_MARK });
  } catch {
    return; // The tab closed meanwhile; nothing to show it on.
  }
  setTimeout(() => {
    browser.action.setBadgeText({ tabId, text: null }).catch(() => undefined);
  }, SAVED_MARK_MS);
}

async function notify(key: string, detail?: string): Promise<void> {
  try {
    await browser.notifications.create(TIDBIT_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('extName'),
      message: tDynamic(key, detail),
    });
  } catch (error) {
    // Notifications can be turned off; the save itself is what matters.
    console.warn('Afterview: could not notify', key, error);
  }
}
