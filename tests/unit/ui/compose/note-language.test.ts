/**
 * The words a note is written with: the browser's own language is left to
 * browser.i18n; another language's built-in templates come from that locale's
 * file, every key of them (a key left out of its note-texts module would fall
 * back to the browser's language, half a note in another tongue).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS } from '../../../../src/core/compose/built-in-templates.ts';
import { NOTE_LANGUAGES } from '../../../../src/core/types.ts';
import { noteWords } from '../../../../src/ui/compose/note-language.ts';
import { localeMessages } from '../../../setup/fake-browser.ts';
import { speak } from '../../../support/language.ts';

describe('noteWords', () => {
  it('leaves a note in the browser’s language to browser.i18n, with the browser’s own tag for dates', async () => {
    speak('de-AT');
    expect(await noteWords({ noteLanguage: '' })).toEqual({ locale: 'de-AT', text: null });
    expect(await noteWords({ noteLanguage: 'de' })).toEqual({ locale: 'de-AT', text: null });
  });

  it.each(NOTE_LANGUAGES)('gives every built-in template’s words in %s from its locale file, from a browser in another language', async (language) => {
    speak(language === 'fr' ? 'es' : 'fr');
    const words = await noteWords({ noteLanguage: language });
    const messages = localeMessages(language);
    expect(words.locale).toBe(language);
    expect(BUILT_IN_TEMPLATE_KEYS.map((key) => words.text?.(key))).toEqual(BUILT_IN_TEMPLATE_KEYS.map((key) => messages[key]!.message));
  });
});
