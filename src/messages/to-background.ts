/** The typed sender that extension pages use to reach the background. */
import browser from 'webextension-polyfill';
import { errorMessage, UI_TO_BACKGROUND, type Envelope, type Result, type UiToBackground } from './protocol.ts';

export async function callBackground<Name extends keyof UiToBackground>(
  name: Name,
  request: UiToBackground[Name]['request'],
): Promise<Result<UiToBackground[Name]['response']>> {
  const envelope: Envelope<Name> = { direction: UI_TO_BACKGROUND, name, request };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Result<UiToBackground[Name]['response']> | undefined;
    return reply ?? { ok: false, error: 'The background did not answer.' };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
