/// <reference types="dom-chromium-ai" />
// A stand-in for Chrome's on-device Prompt API, which no browser here runs (Debian's Chromium says "unavailable", Firefox has no such global):
// the unit tests use it, and the test build puts it in the composer's page when the real-browser suite asks, so the whole flow can be walked
// in Chromium. Shipped builds compile installLanguageModelStandIn out, as they do src/db/e2e-faults.ts.

/**
 * localStorage key: a StandInScript as JSON makes the test build's composer page use the stand-in.
 * @internal exported for its tests
 */
export const LANGUAGE_MODEL_STAND_IN_KEY = 'afterview-e2e-language-model';

/** @internal exported for its tests */
export interface StandInScript {
  /** What availability() answers, or the name of the error it rejects with. */
  availability: Availability | { reject: string };
  /** The `loaded` values a download reports, one every `everyMs`; `failWith` ends it with that error instead. */
  download?: { loaded: number[]; everyMs: number; failWith?: string };
  /** create() rejects with this error name once any download is done. */
  createError?: string;
  /** create() never settles once any download is done (until its signal aborts it). */
  createHangs?: boolean;
  /**
   * The reply as promptStreaming sends it, one delta every `everyMs`
   * (prompt() resolves to them joined). `failAfter` errors the stream after
   * that many deltas; `hang` sends nothing after them and never ends.
   */
  reply?: { deltas: string[]; everyMs: number; failAfter?: { deltas: number; name: string }; hang?: boolean };
  /** Tokens the session holds (counted as a token per four characters). */
  contextWindow?: number;
}

/**
 * What the page did with the model, for the tests to read.
 * @internal exported for its tests
 */
export interface StandInLog {
  availability: unknown[];
  create: { options: LanguageModelCreateOptions | undefined; monitored: boolean; signal: boolean }[];
  prompts: { method: 'prompt' | 'promptStreaming'; input: LanguageModelPrompt; options: LanguageModelPromptOptions | undefined }[];
  sessions: number;
  destroyed: number;
}

/**
 * Follows the documented shape (webmachinelearning/prompt-api explainer and
 * spec, @types/dom-chromium-ai 0.0.17, which tsc checks it against):
 * availability() with its four states; create() with monitor
 * (downloadprogress events whose `loaded` runs 0..1, at least one 0 and one
 * 1), signal, initialPrompts (a system message only first),
 * expectedInputs/expectedOutputs; a session with prompt(), promptStreaming()
 * sending deltas, append(), the context accounting under both names, clone()
 * and destroy(); and errors as DOMExceptions by name. A download needs user
 * activation (navigator.userActivation, where the environment has it), as
 * Chrome asks.
 * @internal exported for its tests
 */
export function languageModelStandIn(script: StandInScript): { LanguageModel: typeof LanguageModel; log: StandInLog } {
  const log: StandInLog = { availability: [], create: [], prompts: [], sessions: 0, destroyed: 0 };
  const LANGUAGES = ['en', 'es', 'ja'];
  let state: Availability | null = typeof script.availability === 'string' ? script.availability : null;
  const fail = (name: string, message = `${name} from the stand-in`) => new DOMException(message, name);
  const tokens = (text: string) => Math.ceil(text.length / 4);
  const textOf = (input: LanguageModelPrompt): string =>
    typeof input === 'string' ? input : input.map((m) => (typeof m.content === 'string' ? m.content : m.content.map((c) => String(c.value)).join(''))).join('\n');
  const wait = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });
  const quotaExceeded = (requested: number, quota: number) => Object.assign(fail('QuotaExceededError', `The input is too large: ${requested} tokens of ${quota}.`), { requested, quota });
  const checkLanguages = (options: LanguageModelCreateCoreOptions | undefined) => {
    for (const expected of [...(options?.expectedInputs ?? []), ...(options?.expectedOutputs ?? [])]) {
      if (expected.type !== 'text') throw fail('NotSupportedError', `Only text is supported, not ${expected.type}.`);
      for (const language of expected.languages ?? []) if (!LANGUAGES.includes(language)) throw fail('NotSupportedError', `The language ${language} is not supported.`);
    }
  };
  const checkPrompt = (input: LanguageModelPrompt, options: LanguageModelPromptOptions | undefined) => {
    if (typeof input !== 'string' && !Array.isArray(input)) throw new TypeError('The input must be a string or a list of messages.');
    if (Array.isArray(input) && input.some((m) => (m as { role: string }).role === 'system')) throw fail('NotSupportedError', 'A system message may only be an initial prompt.');
    const constraint = options?.responseConstraint as unknown;
    if (constraint !== undefined && !(constraint instanceof RegExp) && (typeof constraint !== 'object' || constraint === null)) throw new TypeError('responseConstraint must be a JSON schema or a RegExp.');
    if (options?.omitResponseConstraintInput && constraint === undefined) throw new TypeError('omitResponseConstraintInput needs a responseConstraint.');
  };

  class CreateMonitorStandIn extends EventTarget {
    ondownloadprogress: ((this: CreateMonitor, ev: ProgressEvent) => unknown) | null = null;
    report(loaded: number) {
      const event = new ProgressEvent('downloadprogress', { loaded, total: 1, lengthComputable: true });
      this.ondownloadprogress?.call(this as unknown as CreateMonitor, event);
      this.dispatchEvent(event);
    }
  }

  class LanguageModelStandIn extends EventTarget {
    static async availability(options?: LanguageModelCreateCoreOptions): Promise<Availability> {
      log.availability.push(options);
      if (typeof script.availability !== 'string') throw fail(script.availability.reject);
      try {
        checkLanguages(options);
      } catch {
        return 'unavailable';
      }
      return state ?? 'unavailable';
    }

    static async params(): Promise<LanguageModelParams> {
      return (state === 'unavailable' ? null : { defaultTopK: 3, maxTopK: 128, defaultTemperature: 1, maxTemperature: 2 }) as LanguageModelParams;
    }

    static create(options?: LanguageModelCreateOptions): Promise<LanguageModel> {
      const monitor = new CreateMonitorStandIn();
      log.create.push({ options, monitored: typeof options?.monitor === 'function', signal: Boolean(options?.signal) });
      // The activation is read when create() is called, as a browser reads it: not after a wait.
      const activation = (globalThis.navigator as Navigator | undefined)?.userActivation;
      const activated = activation ? activation.isActive : true;
      options?.monitor?.(monitor as unknown as CreateMonitor);
      return (async () => {
        const signal = options?.signal;
        if (signal?.aborted) throw signal.reason;
        const prompts = options?.initialPrompts ?? [];
        if (prompts.some((m, i) => i > 0 && (m as { role: string }).role === 'system')) throw new TypeError('A system message must come first.');
        if (typeof script.availability !== 'string' || state === 'unavailable') throw fail('NotSupportedError', 'The model is not available.');
        checkLanguages(options);
        if (state === 'downloadable' || state === 'downloading') {
          if (!activated) throw fail('NotAllowedError', 'Downloading the model needs a user activation.');
          state = 'downloading';
          const download = script.download ?? { loaded: [0, 1], everyMs: 0 };
          try {
            for (const loaded of download.loaded) {
              await wait(download.everyMs, signal);
              monitor.report(loaded);
            }
            if (download.failWith) throw fail(download.failWith);
          } catch (error) {
            state = 'downloadable';
            throw error;
          }
          state = 'available';
        } else {
          monitor.report(0);
          monitor.report(1);
        }
        if (script.createError) throw fail(script.createError);
        if (script.createHangs) await wait(2 ** 31 - 1, signal);
        const session = new LanguageModelStandIn(options);
        const used = tokens(textOf(prompts as LanguageModelPrompt));
        if (used > session.contextWindow) throw quotaExceeded(used, session.contextWindow);
        session.contextUsage = used;
        log.sessions += 1;
        return session as unknown as LanguageModel;
      })();
    }

    readonly contextWindow: number;
    contextUsage = 0;
    oncontextoverflow: ((this: LanguageModel, ev: Event) => unknown) | null = null;
    onquotaoverflow: ((this: LanguageModel, ev: Event) => unknown) | null = null;
    readonly topK = 3;
    readonly temperature = 1;
    #destroyed = false;
    #ending = new AbortController();
    #options: LanguageModelCreateOptions | undefined;

    constructor(options?: LanguageModelCreateOptions) {
      super();
      this.#options = options;
      this.contextWindow = script.contextWindow ?? 6_144;
    }

    get inputQuota(): number {
      return this.contextWindow;
    }

    get inputUsage(): number {
      return this.contextUsage;
    }

    #begin(input: LanguageModelPrompt, options: LanguageModelPromptOptions | undefined): AbortSignal {
      if (this.#destroyed) throw fail('InvalidStateError', 'The session was destroyed.');
      checkPrompt(input, options);
      const needed = tokens(textOf(input)) + (options?.responseConstraint && !options.omitResponseConstraintInput ? tokens(JSON.stringify(options.responseConstraint)) : 0);
      if (this.contextUsage + needed > this.contextWindow) throw quotaExceeded(this.contextUsage + needed, this.contextWindow);
      this.contextUsage += needed;
      const signals = [this.#ending.signal, ...(options?.signal ? [options.signal] : [])];
      return AbortSignal.any(signals);
    }

    async prompt(input: LanguageModelPrompt, options?: LanguageModelPromptOptions): Promise<string> {
      log.prompts.push({ method: 'prompt', input, options });
      const signal = this.#begin(input, options);
      const reply = script.reply ?? { deltas: ['{}'], everyMs: 0 };
      let text = '';
      for (const [i, delta] of reply.deltas.entries()) {
        if (reply.failAfter?.deltas === i) throw fail(reply.failAfter.name);
        await wait(reply.everyMs, signal);
        text += delta;
      }
      if (reply.hang) await wait(2 ** 31 - 1, signal);
      this.contextUsage += tokens(text);
      return text;
    }

    promptStreaming(input: LanguageModelPrompt, options?: LanguageModelPromptOptions): ReadableStream<string> {
      log.prompts.push({ method: 'promptStreaming', input, options });
      let signal: AbortSignal;
      try {
        signal = this.#begin(input, options);
      } catch (error) {
        // Errors surface on the stream, not as a throw.
        return new ReadableStream<string>({ start: (controller) => controller.error(error) });
      }
      const reply = script.reply ?? { deltas: ['{}'], everyMs: 0 };
      let sent = 0;
      return new ReadableStream<string>({
        pull: async (controller) => {
          try {
            if (reply.failAfter?.deltas === sent) throw fail(reply.failAfter.name);
            if (sent === reply.deltas.length) {
              if (reply.hang) await wait(2 ** 31 - 1, signal);
              controller.close();
              return;
            }
            await wait(reply.everyMs, signal);
            const delta = reply.deltas[sent]!;
            sent += 1;
            this.contextUsage += tokens(delta);
            controller.enqueue(delta);
          } catch (error) {
            controller.error(error);
          }
        },
      });
    }

    async append(input: LanguageModelPrompt, options?: LanguageModelAppendOptions): Promise<undefined> {
      this.#begin(input, options);
      return undefined;
    }

    async measureContextUsage(input: LanguageModelPrompt, options?: LanguageModelPromptOptions): Promise<number> {
      if (this.#destroyed) throw fail('InvalidStateError', 'The session was destroyed.');
      checkPrompt(input, options);
      return tokens(textOf(input));
    }

    measureInputUsage(input: LanguageModelPrompt, options?: LanguageModelPromptOptions): Promise<number> {
      return this.measureContextUsage(input, options);
    }

    async clone(options?: LanguageModelCloneOptions): Promise<LanguageModel> {
      if (this.#destroyed) throw fail('InvalidStateError', 'The session was destroyed.');
      if (options?.signal?.aborted) throw options.signal.reason;
      const copy = new LanguageModelStandIn(this.#options);
      copy.contextUsage = this.contextUsage;
      log.sessions += 1;
      return copy as unknown as LanguageModel;
    }

    destroy(): undefined {
      if (!this.#destroyed) {
        this.#destroyed = true;
        log.destroyed += 1;
        this.#ending.abort(fail('AbortError', 'The session was destroyed.'));
      }
      return undefined;
    }
  }

  return { LanguageModel: LanguageModelStandIn satisfies typeof LanguageModel, log };
}

/**
 * Test builds only: replaces the browser's LanguageModel with the stand-in when
 * the suite has left a script under LANGUAGE_MODEL_STAND_IN_KEY, and keeps its
 * log on `globalThis.afterviewLanguageModelLog` for the suite to read.
 */
export function installLanguageModelStandIn(): void {
  if (!__AFTERVIEW_E2E__ || typeof localStorage === 'undefined') return;
  const saved = localStorage.getItem(LANGUAGE_MODEL_STAND_IN_KEY);
  if (saved === null) return;
  const standIn = languageModelStandIn(JSON.parse(saved) as StandInScript);
  Object.assign(globalThis, { LanguageModel: standIn.LanguageModel, afterviewLanguageModelLog: standIn.log });
}
