/** Runs `onMessage` whenever the background broadcasts `name` to open pages. */
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isBroadcast, type BackgroundToUi } from '../messages/protocol.ts';

export function useBroadcast(name: keyof BackgroundToUi, onMessage: () => void): void {
  useEffect(() => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isBroadcast(message) || message.name !== name) return undefined;
      onMessage();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [name, onMessage]);
}
