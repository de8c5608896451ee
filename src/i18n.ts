// Every user-visible string comes from _locales/<lang>/messages.json, so a translation is a new file, not a code change; keys are
// typed from the English file, so a typo is a compile error rather than a blank label. Numbers go in as formatCount(n), and a
// sentence that depends on a count goes through tCount, which picks its plural form (core/cadence/localized-message.ts).
import browser from 'webextension-polyfill';
import { formatNumber, resolveMessage, type LocalizedMessage } from './core/cadence/localized-message.ts';
import { errorMessage } from './messages/protocol.ts';
import { NOTE_LANGUAGES } from './core/types.ts';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** `agoMinutes` for the keys `agoMinutes_one` and `agoMinutes_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** For keys that come from data (validation errors, statuses) rather than code. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The form of `base` for `n`, given `substitutions` (by default `n` itself, written as the language writes it). */
export function tCount(base: PluralBase, n: number, substitutions: string[] = [formatCount(n)]): string {
  return tMessage({ key: base, substitutions, count: n });
}

/** A number as the browser's language writes it: "1,000" in English, "1.000" in German. */
export function formatCount(n: number): string {
  return formatNumber(n, uiLanguage());
}

/**
 * A sentence the domain built as data (core/cadence/localized-message.ts). The
 * lookup is the browser's own, which gives '' for a plural form no locale file
 * has, so that form falls back to `base_other`.
 */
export function tMessage(message: LocalizedMessage): string {
  return resolveMessage(message, (key, subs) => browser.i18n.getMessage(key, subs), uiLanguage());
}

/**
 * The language Afterview's words are in, as a BCP 47 tag for Intl: dates and
 * numbers are written in the language of the sentence around them. The browser
 * chooses the locale file (its `uiLocale` message names it); the browser's own
 * tag adds its region ("de-AT") when it is that language. The two can differ:
 * headless Chromium serves German words while reporting "en-US", and a browser
 * in a language Afterview has no file for gets the English one.
 */
export function uiLanguage(): string {
  try {
    const words = browser.i18n.getMessage('uiLocale') || 'en';
    const tag = browser.i18n.getUILanguage();
    return tag.toLowerCase().startsWith(words) ? tag : words;
  } catch {
    return 'en';
  }
}

/** The browser's language as a language notes are written in: its base if Afterview writes it, else English (the default locale). */
export function uiNoteLanguage(): (typeof NOTE_LANGUAGES)[number] {
  const base = uiLanguage().split(/[-_]/)[0]!.toLowerCase();
  return NOTE_LANGUAGES.find((language) => language === base) ?? 'en';
}

/**
 * "Something went wrong: …" for anything thrown, or for an error already in
 * words. The database and background, which have no words of their own, throw
 * a message key (`errInterviewGone`); the browser's own errors come as they are.
 */
export function errorText(error: unknown): string {
  return t('errorPrefix', errorDetail(error));
}

/** What failed, in words: a thrown message key is looked up. */
export function errorDetail(error: unknown): string {
  const detail = errorMessage(error);
  return ERROR_KEY.test(detail) ? tDynamic(detail) : detail;
}

const ERROR_KEY = /^err[A-Z][A-Za-z]*$/;
