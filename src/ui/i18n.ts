/**
 * Every user-visible string comes from `_locales/<lang>/messages.json`, so a
 * translation is a new file, not a code change. Keys are typed from the English
 * file, so a typo is a compile error rather than a blank label.
 */
import browser from 'webextension-polyfill';
import { resolveMessage, type LocalizedMessage } from '../core/cadence/localized-message.ts';
import { errorMessage } from '../messages/protocol.ts';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** For keys that come from data (validation errors, statuses) rather than code. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A sentence the domain built as data (core/cadence/localized-message.ts). */
export function tMessage(message: LocalizedMessage): string {
  return resolveMessage(message, (key, subs) => tDynamic(key, subs));
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "Something went wrong: …" for anything thrown, or for an error already in words. */
export function errorText(error: unknown): string {
  return t('errorPrefix', errorMessage(error));
}
