/**
 * Notes are saved on every keystroke, not on a timer: a popup can close in the
 * middle of a sentence, and a pending debounce would die with it. Writes for one
 * field are chained so they land in the order they were typed, and a burst of
 * keystrokes collapses into at most one write in flight plus the latest text.
 */
export function createTypedSaver(write: (text: string) => Promise<void>, onError: (error: unknown) => void) {
  let inFlight: Promise<void> | null = null;
  let pending: string | null = null;

  const pump = (): Promise<void> => {
    if (pending === null) {
      inFlight = null;
      return Promise.resolve();
    }
    const text = pending;
    pending = null;
    inFlight = write(text).catch(onError).then(pump);
    return inFlight;
  };

  return {
    save(text: string): Promise<void> {
      pending = text;
      return inFlight ?? pump();
    },
  };
}
