/** The background's side of background→ui messages: tell open pages, and shrug if none is open. */
import browser from 'webextension-polyfill';
import { BACKGROUND_TO_UI, type BackgroundToUi, type Broadcast } from './protocol.ts';

export async function broadcast<Name extends keyof BackgroundToUi>(name: Name, request: BackgroundToUi[Name]): Promise<void> {
  const message: Broadcast<Name> = { direction: BACKGROUND_TO_UI, name, request };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // "Receiving end does not exist": no Afterview page is open, which is fine.
  }
}
