import { afterEach, describe, expect, it } from 'vitest';
import { AI_NOTE_SCHEMA } from '../../../../src/core/compose/ai-prompt.ts';
import { draftWithModel, modelAvailability, type ModelRun } from '../../../../src/ui/compose/on-device-model.ts';
import { languageModelStandIn, type StandInScript } from '../../../../src/compose/e2e-language-model.ts';

function install(script: StandInScript) {
  const standIn = languageModelStandIn(script);
  (globalThis as { LanguageModel?: unknown }).LanguageModel = standIn.LanguageModel;
  return standIn.log;
}

afterEach(() => {
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
  delete (navigator as { userActivation?: unknown }).userActivation;
});

/** A run that records what it was told; `stop` aborts it as the Stop button does. */
function run(over: Partial<ModelRun> = {}) {
  const seen = { progress: [] as number[], texts: [] as string[], writing: 0 };
  const stopper = new AbortController();
  const options: ModelRun = {
    system: 'SYSTEM',
    user: 'USER',
    signal: stopper.signal,
    timeoutMs: 5_000,
    maxLength: 10_000,
    onProgress: (loaded) => seen.progress.push(loaded),
    onWriting: () => (seen.writing += 1),
    onText: (text) => seen.texts.push(text),
    ...over,
  };
  return { options, seen, stop: () => stopper.abort() };
}

const DELTAS = ['{"subject":"Thank', ' you","body":"Hi', ' Priya,\\n\\nThanks."}'];

describe('modelAvailability', () => {
  it.each(['unavailable', 'downloadable', 'downloading', 'available'] as const)('passes on "%s", asking for English text in and out', async (state) => {
    const log = install({ availability: state });
    expect(await modelAvailability()).toBe(state);
    expect(log.availability).toEqual([{ expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] }]);
  });

  it('says "unavailable" where there is no LanguageModel, and where availability() rejects', async () => {
    expect(await modelAvailability()).toBe('unavailable');
    install({ availability: { reject: 'UnknownError' } });
    expect(await modelAvailability()).toBe('unavailable');
  });
});

describe('draftWithModel', () => {
  it('streams the reply delta by delta and destroys the session after use', async () => {
    const log = install({ availability: 'available', reply: { deltas: DELTAS, everyMs: 1 } });
    const { options, seen } = run();
    expect(await draftWithModel(options)).toEqual({ ok: true, text: DELTAS.join('') });
    expect(seen.texts).toEqual([DELTAS[0], DELTAS.slice(0, 2).join(''), DELTAS.join('')]);
    expect(seen.writing).toBe(1);
    expect(log.create[0]!.options!.initialPrompts).toEqual([{ role: 'system', content: 'SYSTEM' }]);
    expect(log.prompts).toEqual([{ method: 'promptStreaming', input: 'USER', options: expect.objectContaining({ responseConstraint: AI_NOTE_SCHEMA }) }]);
    expect([log.sessions, log.destroyed]).toEqual([1, 1]);
  });

  it('reports the download’s progress from 0 to 1, then writes', async () => {
    const log = install({ availability: 'downloadable', download: { loaded: [0, 0.25, 0.5, 1], everyMs: 1 }, reply: { deltas: DELTAS, everyMs: 0 } });
    const { options, seen } = run();
    expect((await draftWithModel(options)).ok).toBe(true);
    expect(seen.progress).toEqual([0, 0.25, 0.5, 1]);
    expect(log.create[0]).toMatchObject({ monitored: true, signal: true });
    expect(await modelAvailability()).toBe('available');
  });

  it('creates the session within the click’s user activation, before anything is awaited', async () => {
    install({ availability: 'downloadable', reply: { deltas: DELTAS, everyMs: 0 } });
    const activation = { isActive: true };
    Object.defineProperty(navigator, 'userActivation', { configurable: true, value: activation });
    const pending = draftWithModel(run().options);
    activation.isActive = false;
    expect(await pending).toEqual({ ok: true, text: DELTAS.join('') });
  });

  it('is refused without a user activation when the model must be downloaded', async () => {
    install({ availability: 'downloadable' });
    Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { isActive: false } });
    expect(await draftWithModel(run().options)).toEqual({ ok: false, failure: 'notAllowed', name: 'NotAllowedError' });
  });

  it('cancels a download: no session is made and the model can be downloaded again', async () => {
    const log = install({ availability: 'downloadable', download: { loaded: [0, 0.1, 0.2, 1], everyMs: 20 } });
    const { options, seen, stop } = run({ onProgress: (loaded) => (loaded >= 0.1 ? stop() : undefined) });
    expect(await draftWithModel(options)).toEqual({ ok: false, failure: 'stopped', name: 'AbortError' });
    expect(seen.writing).toBe(0);
    expect(log.sessions).toBe(0);
    expect(await modelAvailability()).toBe('downloadable');
  });

  it('stops while writing and destroys the session', async () => {
    const log = install({ availability: 'available', reply: { deltas: [...DELTAS, ...DELTAS], everyMs: 10 } });
    const { options, seen, stop } = run({ onText: () => stop() });
    expect(await draftWithModel(options)).toEqual({ ok: false, failure: 'stopped', name: 'AbortError' });
    expect(seen.texts).toEqual([]);
    expect([log.sessions, log.destroyed]).toEqual([1, 1]);
  });

  it('gives up after its time and destroys the session', async () => {
    const log = install({ availability: 'available', reply: { deltas: DELTAS.slice(0, 1), everyMs: 1, hang: true } });
    const { options, seen } = run({ timeoutMs: 40 });
    expect(await draftWithModel(options)).toEqual({ ok: false, failure: 'timeout', name: 'AbortError' });
    expect(seen.texts).toEqual([DELTAS[0]]);
    expect(log.destroyed).toBe(1);
  });

  it('gives up when the model never gets ready, without a session to destroy', async () => {
    const log = install({ availability: 'available', createHangs: true });
    const { options, seen } = run({ timeoutMs: 40 });
    expect(await draftWithModel(options)).toEqual({ ok: false, failure: 'timeout', name: 'AbortError' });
    expect(seen.writing).toBe(0);
    expect([log.sessions, log.destroyed]).toEqual([0, 0]);
  });

  it('keeps waiting while a download reports progress, however long it takes in all', async () => {
    install({ availability: 'downloadable', download: { loaded: [0, 0.25, 0.5, 0.75, 1], everyMs: 25 } });
    const { options, seen } = run({ timeoutMs: 60 });
    const result = await draftWithModel(options);
    expect(seen.progress).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(result.ok).toBe(true);
  });

  it('stops a reply that runs past its bound', async () => {
    const log = install({ availability: 'available', reply: { deltas: ['x'.repeat(60), 'x'.repeat(60), 'x'], everyMs: 1 } });
    expect(await draftWithModel(run({ maxLength: 100 }).options)).toEqual({ ok: false, failure: 'tooLong', name: 'AbortError' });
    expect(log.destroyed).toBe(1);
  });

  it.each<[string, StandInScript, string, string]>([
    ['a refused create', { availability: 'available', createError: 'NotAllowedError' }, 'notAllowed', 'NotAllowedError'],
    ['a prompt too large for the session', { availability: 'available', contextWindow: 2 }, 'tooMuchInput', 'QuotaExceededError'],
    ['a failed download', { availability: 'downloadable', download: { loaded: [0, 0.4], everyMs: 1, failWith: 'NetworkError' } }, 'network', 'NetworkError'],
    ['a model that is not there after all', { availability: 'unavailable' }, 'notSupported', 'NotSupportedError'],
    ['output the browser filtered', { availability: 'available', reply: { deltas: DELTAS, everyMs: 1, failAfter: { deltas: 1, name: 'NotReadableError' } } }, 'declined', 'NotReadableError'],
    ['a failure of the model', { availability: 'available', reply: { deltas: DELTAS, everyMs: 1, failAfter: { deltas: 2, name: 'OperationError' } } }, 'failed', 'OperationError'],
    ['a session the browser ended', { availability: 'available', reply: { deltas: DELTAS, everyMs: 1, failAfter: { deltas: 0, name: 'AbortError' } } }, 'failed', 'AbortError'],
    ['an unknown error', { availability: 'available', createError: 'UnknownError' }, 'failed', 'UnknownError'],
  ])('names %s', async (_what, script, failure, name) => {
    const log = install(script);
    expect(await draftWithModel(run().options)).toEqual({ ok: false, failure, name });
    expect(log.destroyed).toBe(log.sessions);
  });

  it('does nothing where there is no model', async () => {
    expect(await draftWithModel(run().options)).toEqual({ ok: false, failure: 'notSupported', name: 'NotSupportedError' });
  });
});
