/** Reads the active tab once, when the popup opens (the click that opened it granted access). */
import { useLayoutEffect, useState } from 'preact/hooks';
import { readActiveTab, type TabReading } from './read-active-tab.ts';
import { errorMessage } from '../../messages/protocol.ts';

export type TabReadingState = { kind: 'reading' } | TabReading;

export function useTabReading(): TabReadingState {
  const [state, setState] = useState<TabReadingState>({ kind: 'reading' });
  useLayoutEffect(() => {
    let live = true;
    readActiveTab().then(
      (reading) => live && setState(reading),
      (error: unknown) => live && setState({ kind: 'failed', url: '', detail: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
