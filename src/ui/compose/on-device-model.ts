/// <reference types="dom-chromium-ai" />

// Chrome's Prompt API (`LanguageModel`): loaded only where that global exists, and asked whether the model can run before anything is offered.
import { AI_LANGUAGE, AI_NOTE_SCHEMA } from '../../core/compose/ai-prompt.ts';

/** The same options for availability() and create(), as Chrome's documentation asks. */
const OPTIONS: LanguageModelCreateCoreOptions = {
  expectedInputs: [{ type: 'text', languages: [AI_LANGUAGE] }],
  expectedOutputs: [{ type: 'text', languages: [AI_LANGUAGE] }],
};

/** How long the model may take to write once it is ready; a download has no limit but can be cancelled. */
export const MODEL_TIMEOUT_MS = 120_000;

function modelApi(): typeof LanguageModel | null {
  const api = (globalThis as { LanguageModel?: unknown }).LanguageModel;
  return typeof api === 'function' ? (api as typeof LanguageModel) : null;
}

/** What the browser says of its model; no global, an unknown answer or a refusal to say are all "unavailable". */
export async function modelAvailability(): Promise<Availability> {
  const api = modelApi();
  if (!api) return 'unavailable';
  try {
    const said = await api.availability(OPTIONS);
    return said === 'available' || said === 'downloadable' || said === 'downloading' ? said : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Why a draft did not come: stopped by the candidate, too slow, too long, or an error the browser named. */
type ModelFailure = 'stopped' | 'timeout' | 'tooLong' | 'notAllowed' | 'tooMuchInput' | 'network' | 'notSupported' | 'declined' | 'failed';

export type ModelResult = { ok: true; text: string } | { ok: false; failure: ModelFailure; name: string };

export interface ModelRun {
  system: string;
  user: string;
  /** Aborted by the candidate (Stop, Cancel) or when the composer closes. */
  signal: AbortSignal;
  timeoutMs: number;
  /** The longest the raw reply may grow before it is stopped. */
  maxLength: number;
  /** The download's progress, 0 to 1. */
  onProgress: (loaded: number) => void;
  /** The model is ready and starts to write. */
  onWriting: () => void;
  /** The reply so far, after each delta. */
  onText: (text: string) => void;
}

/**
 * Creates a session, streams the reply and destroys the session. Must be
 * called from the click handler itself: create() is called before the first
 * await, while the click's user activation holds (a download needs it).
 */
export async function draftWithModel(run: ModelRun): Promise<ModelResult> {
  const api = modelApi();
  if (!api) return { ok: false, failure: 'notSupported', name: 'NotSupportedError' };
  const controller = new AbortController();
  const stop = () => controller.abort(run.signal.reason);
  run.signal.addEventListener('abort', stop, { once: true });
  let ended: 'timeout' | 'tooLong' | null = null;
  const end = (why: 'timeout' | 'tooLong') => {
    ended = why;
    controller.abort(new DOMException(why === 'timeout' ? 'The model took too long.' : 'The reply ran past its bound.', 'AbortError'));
  };
  let session: LanguageModel | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The time runs from the click; a download that keeps reporting progress starts it again, a stalled one ends.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => end('timeout'), run.timeoutMs);
  };
  try {
    if (run.signal.aborted) throw run.signal.reason;
    arm();
    session = await api.create({
      ...OPTIONS,
      signal: controller.signal,
      initialPrompts: [{ role: 'system', content: run.system }],
      monitor: (monitor) =>
        monitor.addEventListener('downloadprogress', (event) => {
          arm();
          run.onProgress(event.loaded);
        }),
    });
    if (controller.signal.aborted) throw controller.signal.reason;
    arm();
    run.onWriting();
    const reader = session.promptStreaming(run.user, { responseConstraint: AI_NOTE_SCHEMA, signal: controller.signal }).getReader();
    let text = '';
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      text += next.value;
      if (text.length > run.maxLength) {
        end('tooLong');
        void reader.cancel().catch(() => undefined);
        break;
      }
      run.onText(text);
    }
    if (ended) return { ok: false, failure: ended, name: 'AbortError' };
    return { ok: true, text };
  } catch (error) {
    const name = error instanceof DOMException || error instanceof Error ? error.name : 'Error';
    if (ended) return { ok: false, failure: ended, name };
    if (run.signal.aborted) return { ok: false, failure: 'stopped', name };
    return { ok: false, failure: failureOf(name), name };
  } finally {
    clearTimeout(timer);
    run.signal.removeEventListener('abort', stop);
    session?.destroy();
  }
}

/** The error names the Prompt API documents, as the composer explains them. */
function failureOf(name: string): ModelFailure {
  switch (name) {
    case 'NotAllowedError':
      return 'notAllowed';
    case 'QuotaExceededError':
      return 'tooMuchInput';
    case 'NetworkError':
      return 'network';
    case 'NotSupportedError':
      return 'notSupported';
    case 'NotReadableError':
      return 'declined';
    default:
      return 'failed';
  }
}
