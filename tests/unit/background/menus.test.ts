import { beforeEach, describe, expect, it, vi } from 'vitest';
import { menuItemId, menuText, parseMenuItemId, rebuildMenus } from '../../../src/background/tidbit-menu.ts';
import type { InterviewStatus } from '../../../src/core/types.ts';
import { createInterview } from '../../../src/db/interviews.ts';
import { db } from '../../../src/db/open.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { interviewFields } from '../../support/records.ts';

/** Interviews at noon on successive March days, so the labels are easy to read. */
async function addInterview(company: string, day: number, status: InterviewStatus = 'awaiting', role = 'Engineer') {
  const start = new Date(2025, 2, day, 12).getTime();
  return createInterview(await db(), interviewFields({ company, role, start, status }), start);
}

function menus() {
  return [...fakeBrowser()._state.menus.values()];
}

beforeEach(() => {
  // The English messages file may not have these keys yet; show which key each title uses.
  vi.spyOn(fakeBrowser().i18n, 'getMessage').mockImplementation((key: string) => `[${key}]`);
});

describe('menu item ids', () => {
  it.each([
    [{ context: 'link' as const, interviewId: 'b9f1c8e2-1111-4aaa-8bbb-123456789abc' }],
    [{ context: 'page' as const, interviewId: null }],
    [{ context: 'selection' as const, interviewId: 'imported:with:colons' }],
  ])('round-trips %j', (choice) => {
    expect(parseMenuItemId(menuItemId(choice))).toEqual(choice);
  });

  it.each([['afterview-tidbit:link'], ['afterview-tidbit-separator:page'], ['afterview-tidbit:image:none'], ['other-extension:link:none'], [42], ['']])(
    'is not a choice: %j',
    (id) => {
      expect(parseMenuItemId(id)).toBeNull();
    },
  );
});

describe('menuText', () => {
  it.each([
    ['R&D — Staff', 'R&&D — Staff'],
    ['A && B', 'A &&&& B'],
    ['Save 100%sure', 'Save 100%\u2060sure'],
    ['Acme (12 Mar)', 'Acme (12 Mar)'],
  ])('%s → %s', (data, expected) => {
    expect(menuText(data)).toBe(expected);
  });
});

describe('rebuildMenus', () => {
  it('makes each entry save directly when no interview awaits a decision', async () => {
    await addInterview('Decided', 3, 'offer');
    await rebuildMenus();
    expect(menus()).toEqual([
      {
        id: 'afterview-tidbit:link:none',
        title: '[menuSaveLinkAsTidbit]',
        contexts: ['link'],
        targetUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      {
        id: 'afterview-tidbit:page:none',
        title: '[menuSavePageAsTidbit]',
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      {
        id: 'afterview-tidbit:selection:none',
        title: '[menuSaveSelectionAsTidbit]',
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
    ]);
  });

  it('offers the interviews awaiting a decision, the most recent first, then "No interview yet"', async () => {
    const older = await addInterview('Globex', 2);
    const newer = await addInterview('R&D Labs', 12, 'awaiting', 'Staff Engineer');
    await addInterview('Initech', 20, 'rejected');
    await addInterview('Hooli', 21, 'next-round');
    await rebuildMenus();

    const link = menus().filter((m) => m.contexts && (m.contexts as string[])[0] === 'link');
    expect(link.map((m) => [m.id, m.parentId, m.type ?? 'normal', m.title])).toEqual([
      ['afterview-tidbit:link', undefined, 'normal', '[menuSaveLinkAsTidbit]'],
      [`afterview-tidbit:link:${newer.id}`, 'afterview-tidbit:link', 'normal', 'R&&D Labs — Staff Engineer (Mar 12)'],
      [`afterview-tidbit:link:${older.id}`, 'afterview-tidbit:link', 'normal', 'Globex — Engineer (Mar 2)'],
      ['afterview-tidbit-separator:link', 'afterview-tidbit:link', 'separator', undefined],
      ['afterview-tidbit:link:none', 'afterview-tidbit:link', 'normal', '[menuNoInterview]'],
    ]);
    // Every child repeats its parent's context and patterns, or Chrome would hide it.
    expect(link.every((m) => (m.targetUrlPatterns as string[] | undefined)?.length === 2)).toBe(true);
    for (const context of ['page', 'selection']) {
      const items = menus().filter((m) => (m.contexts as string[])[0] === context);
      expect(items.map((m) => m.id)).toEqual([
        `afterview-tidbit:${context}`,
        `afterview-tidbit:${context}:${newer.id}`,
        `afterview-tidbit:${context}:${older.id}`,
        `afterview-tidbit-separator:${context}`,
        `afterview-tidbit:${context}:none`,
      ]);
    }
  });

  it('offers at most ten interviews', async () => {
    for (let day = 1; day <= 13; day += 1) await addInterview(`Company ${day}`, day);
    await rebuildMenus();
    const pages = menus().filter((m) => m.parentId === 'afterview-tidbit:page' && m.type !== 'separator');
    expect(pages.map((m) => m.title)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Company ${13 - i} — Engineer (Mar ${13 - i})`),
      '[menuNoInterview]',
    ]);
  });

  it('is idempotent, even when rebuilds overlap', async () => {
    await addInterview('Acme', 5);
    const create = fakeBrowser().contextMenus.create;
    const live = new Set<unknown>();
    const duplicates: unknown[] = [];
    // Like the browser, remove at once but answer a little later, so rebuilds could interleave.
    vi.spyOn(fakeBrowser().contextMenus, 'removeAll').mockImplementation(async () => {
      live.clear();
      fakeBrowser()._state.menus.clear();
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    vi.spyOn(fakeBrowser().contextMenus, 'create').mockImplementation((props: Record<string, unknown>) => {
      if (live.has(props.id)) duplicates.push(props.id);
      live.add(props.id);
      return create(props);
    });

    await rebuildMenus();
    const once = menus();
    await Promise.all([rebuildMenus(), rebuildMenus(), rebuildMenus()]);
    expect(duplicates).toEqual([]);
    expect(menus()).toEqual(once);
  });

  it('follows the data: an interview that got a decision leaves the menu', async () => {
    const acme = await addInterview('Acme', 5);
    await rebuildMenus();
    expect(menus().some((m) => m.id === `afterview-tidbit:page:${acme.id}`)).toBe(true);
    await (await db()).put('interviews', { ...acme, status: 'offer' });
    await rebuildMenus();
    expect(menus().map((m) => m.id)).toEqual(['afterview-tidbit:link:none', 'afterview-tidbit:page:none', 'afterview-tidbit:selection:none']);
  });
});
