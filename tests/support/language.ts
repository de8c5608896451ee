/** Switches the unit tests' stubbed browser to another UI language, with that locale's real messages. */
import { getMessageIn } from '../setup/fake-browser.ts';

export function speak(language: string): void {
  globalThis.__afterviewFakeBrowser.i18n = { getMessage: getMessageIn(language), getUILanguage: () => language };
}
