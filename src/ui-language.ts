/**
 * The language Afterview's words are in, as a BCP 47 tag for Intl: dates and
 * numbers are written in the language of the sentence around them. The browser
 * chooses the locale file (its `uiLocale` message names it); the browser's own
 * tag adds its region ("de-AT") when it is that language. The two can differ:
 * headless Chromium serves German words while reporting "en-US", and a browser
 * in a language Afterview has no file for gets the English one.
 */
import browser from 'webextension-polyfill';

export function uiLanguage(): string {
  try {
    const words = browser.i18n.getMessage('uiLocale') || 'en';
    const tag = browser.i18n.getUILanguage();
    return tag.toLowerCase().startsWith(words) ? tag : words;
  } catch {
    return 'en';
  }
}
