// Each direction's group maps a message name to its request and response, so a sender and the handler
// that answers it cannot disagree. Errors travel back as values (`{ ok: false, error }`), not as a
// rejected promise lost across the process boundary.
import browser from 'webextension-polyfill';
import type { StoreName } from '../db/schema.ts';

export interface BackgroundStatus {
  interviews: number;
  dueTouches: number;
  dbVersion: number;
  /** When the one scheduling alarm fires next, or null when nothing is planned. */
  nextAlarmAt: number | null;
}

/** From an extension page (popup, options, composer) to the background. */
export interface UiToBackground {
  /** The page wrote to these stores; the background re-derives menus, alarm and badge. */
  dataChanged: {
    /** `interviewIds`: the only interviews whose plans the change can move, when the page knows them. */
    request: { stores: StoreName[]; interviewIds?: string[] };
    response: BackgroundStatus;
  };
  /** What the background reads from the database right now. */
  status: { request: Record<string, never>; response: BackgroundStatus };
}

/**
 * From the background to whichever extension pages are open (popup, dashboard,
 * composer). Fire-and-forget: nobody may be listening, which is not an error.
 */
export interface BackgroundToUi {
  /** Tidbits were saved from the context menu, or written by a page (edited, deleted, restored, an interview's deleted); lists of tidbits should reload. */
  tidbitsChanged: Record<string, never>;
  /** Touches became due or were re-planned; due lists and badges should reload. */
  touchesChanged: Record<string, never>;
}

const BACKGROUND_TO_UI = 'background→ui' as const;

export interface Broadcast<Name extends keyof BackgroundToUi = keyof BackgroundToUi> {
  direction: typeof BACKGROUND_TO_UI;
  name: Name;
  request: BackgroundToUi[Name];
}

export function isBroadcast(message: unknown): message is Broadcast {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Broadcast>;
  return m.direction === BACKGROUND_TO_UI && typeof m.name === 'string';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const UI_TO_BACKGROUND = 'ui→background' as const;

export interface Envelope<Name extends keyof UiToBackground = keyof UiToBackground> {
  direction: typeof UI_TO_BACKGROUND;
  name: Name;
  request: UiToBackground[Name]['request'];
}

export type Handlers = {
  [Name in keyof UiToBackground]: (request: UiToBackground[Name]['request']) => Promise<UiToBackground[Name]['response']>;
};

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Envelope>;
  return m.direction === UI_TO_BACKGROUND && typeof m.name === 'string' && typeof m.request === 'object';
}

/** What a thrown value says, for a message or an error value sent back. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The background's side of background→ui messages: tell open pages, and shrug if none is open. */
export async function broadcast<Name extends keyof BackgroundToUi>(name: Name, request: BackgroundToUi[Name]): Promise<void> {
  const message: Broadcast<Name> = { direction: BACKGROUND_TO_UI, name, request };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // "Receiving end does not exist": no Afterview page is open, which is fine.
  }
}
