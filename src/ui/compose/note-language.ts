/**
 * The language a note is written in: the interview's choice, or the browser's.
 * browser.i18n speaks only the browser's language, so the built-in templates of
 * another language come from that locale's file, loaded (a few KB) only when an
 * interview asks for it.
 */
import { NOTE_LANGUAGES, type Interview } from '../../core/types.ts';
import { tDynamic, uiLanguage } from '../../i18n.ts';

type WrittenLanguage = (typeof NOTE_LANGUAGES)[number];

type Entry = { message: string };
const TEXTS: Record<WrittenLanguage, () => Promise<Record<string, Entry>>> = {
  en: () => import('./note-texts/templates-en.ts'),
  de: () => import('./note-texts/templates-de.ts'),
  fr: () => import('./note-texts/templates-fr.ts'),
  es: () => import('./note-texts/templates-es.ts'),
};

/** The browser's language as a language notes are written in: its base if Afterview writes it, else English (the default locale). */
export function uiNoteLanguage(): WrittenLanguage {
  const base = uiLanguage().split(/[-_]/)[0]!.toLowerCase();
  return NOTE_LANGUAGES.find((language) => language === base) ?? 'en';
}

export interface NoteWords {
  /** The tag dates and numbers in the note are written with. */
  locale: string;
  /**
   * A built-in template's text, by its message key, when the note is in another
   * language than the browser's (edits of built-ins, made in the browser's, then
   * do not apply); null for the browser's own, which browser.i18n speaks.
   */
  text: ((key: string) => string) | null;
}

export async function noteWords(interview: Pick<Interview, 'noteLanguage'>): Promise<NoteWords> {
  const ui = uiNoteLanguage();
  const language = interview.noteLanguage || ui;
  // The browser's own tag ("en-GB", "de-AT") writes dates as the candidate is used to.
  if (language === ui) return { locale: uiLanguage(), text: null };
  const texts = await TEXTS[language]();
  return { locale: language, text: (key) => texts[key]?.message ?? tDynamic(key) };
}
