import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { aiReplyLimit, checkAiNote, readAiNote, type AiCheck, type AiProblem } from '../../core/compose/ai-check.ts';
import { aiNoteInput, aiNotePrompt, type AiMode, type AiNoteInput } from '../../core/compose/ai-prompt.ts';
import { ProgressBar } from '../backup/ProgressBar.tsx';
import { t, uiLanguage, type MessageKey } from '../../i18n.ts';
import type { ComposeData, PersonNote } from './compose-data.ts';
import { AI_STATUS } from './NoteEditor.tsx';
import { draftWithModel, MODEL_TIMEOUT_MS, modelAvailability, type ModelResult } from './on-device-model.ts';

export type ModelState = Availability | 'checking';

interface Note {
  subject: string;
  body: string;
}

interface Props {
  data: ComposeData;
  current: PersonNote;
  /** What the browser offers, once it has said. */
  onState: (state: ModelState) => void;
  /** The draft as it arrives, for the note's fields; null when there is none to show. */
  onStream: (note: Note | null) => void;
  /** A draft that passed its check: it becomes the note. */
  onDraft: (note: Note) => void;
  timeoutMs?: number;
}

type Phase = { name: 'offer' } | { name: 'ask'; mode: AiMode } | { name: 'download'; mode: AiMode; loaded: number } | { name: 'writing'; mode: AiMode };

type Said = { kind: 'ok' | 'error'; text: string; reasons: string[] };

/**
 * "Write with on-device AI" and "Polish my text", only where `LanguageModel`
 * exists. A first use that needs the model downloaded asks once, then shows
 * its progress with a Cancel. The draft streams in read-only, with Stop, and
 * is checked when complete: one that passes becomes the note, for the
 * candidate to read and edit; one that does not is dropped, with the reasons.
 */
export function OnDeviceDraft({ data, current, onState, onStream, onDraft, timeoutMs = MODEL_TIMEOUT_MS }: Props) {
  const [model, setModel] = useState<ModelState>('checking');
  const [phase, setPhase] = useState<Phase>({ name: 'offer' });
  const [said, setSaid] = useState<Said | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // Set by the candidate's own clicks, so opening the composer never moves the focus here.
  const moveFocus = useRef(false);
  const running = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  // The parent's callbacks change at every render; the run started earlier calls the latest.
  const parent = useRef({ onState, onStream, onDraft });
  parent.current = { onState, onStream, onDraft };

  // What the browser says of its model, here and in the parent alike.
  const learn = useCallback((state: Availability) => {
    setModel(state);
    parent.current.onState(state);
  }, []);

  useEffect(() => {
    mounted.current = true;
    void modelAvailability().then((state) => mounted.current && learn(state));
    // Leaving the note (another person, or the composer closing) stops the run, which destroys its session.
    return () => {
      mounted.current = false;
      running.current?.abort();
      parent.current.onStream(null);
    };
  }, [learn]);

  // A button that started something is replaced by the one that stops it: the focus follows.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const active = document.activeElement;
    if (box.current && (active === document.body || active === null || box.current.contains(active))) box.current.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [phase.name]);

  if (model === 'checking' || model === 'unavailable') return null;

  const start = (mode: AiMode) => {
    const controller = new AbortController();
    running.current = controller;
    const input = aiNoteInput({
      mode,
      kind: current.kind,
      interview: data.interview,
      contact: current.person.contact,
      link: current.person.link,
      settings: data.settings,
      tidbit: current.chosen?.tidbit ?? null,
      promise: current.keeps?.thing ?? '',
      locale: uiLanguage(),
      draft: { subject: current.note.subject, body: current.note.body },
    });
    const { system, user } = aiNotePrompt(input);
    const downloading = model !== 'available';
    let writing = false;
    let latest = '';
    let frame = 0;
    setSaid(null);
    moveFocus.current = true;
    setPhase(downloading ? { name: 'download', mode, loaded: 0 } : { name: 'writing', mode });
    // Called here, in the click: create() needs the click's user activation to download.
    void draftWithModel({
      system,
      user,
      signal: controller.signal,
      timeoutMs,
      maxLength: aiReplyLimit(input),
      onProgress: (loaded) => {
        if (downloading && mounted.current) setPhase((now) => (now.name === 'download' ? { ...now, loaded } : now));
      },
      onWriting: () => {
        writing = true;
        if (mounted.current) setPhase({ name: 'writing', mode });
      },
      onText: (text) => {
        latest = text;
        // At most one repaint a frame, however fast the deltas come.
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          if (mounted.current && running.current === controller) parent.current.onStream(readAiNote(latest));
        });
      },
    }).then((result) => {
      cancelAnimationFrame(frame);
      if (!mounted.current || running.current !== controller) return;
      running.current = null;
      parent.current.onStream(null);
      moveFocus.current = true;
      setPhase({ name: 'offer' });
      const check = result.ok ? checkAiNote(result.text, input) : null;
      setSaid(outcome(result, check, input, downloading && !writing));
      if (check?.ok) parent.current.onDraft({ subject: check.subject, body: check.body });
      // A cancelled download may be "downloadable" again; a model that went away keeps its message shown.
      void modelAvailability().then((state) => mounted.current && state !== 'unavailable' && learn(state));
    });
  };

  const offer = (mode: AiMode) => {
    if (model !== 'downloadable') return start(mode);
    moveFocus.current = true;
    setPhase({ name: 'ask', mode });
  };
  const stop = () => running.current?.abort();
  const busy = phase.name === 'download' || phase.name === 'writing';

  return (
    <div class="ai-draft" ref={box} data-ai={phase.name}>
      {phase.name === 'offer' && (
        <div class="ai-draft__buttons">
          <button type="button" class="button" data-action="ai-write" data-focus onClick={() => offer('write')}>
            {t('aiWrite')}
          </button>
          <button type="button" class="button" data-action="ai-polish" onClick={() => offer('polish')}>
            {t('aiPolish')}
          </button>
        </div>
      )}
      {phase.name === 'offer' && !said && <p class="field__hint">{t('aiOfferHint')}</p>}
      {phase.name === 'ask' && (
        <div class="ai-draft__ask" role="group" aria-labelledby="compose-ai-ask">
          <p id="compose-ai-ask">{t('aiAskDownload')}</p>
          <div class="actions">
            <button type="button" class="button button--primary" data-action="ai-download" data-focus onClick={() => start(phase.mode)}>
              {t('aiDownloadAndWrite')}
            </button>
            <button
              type="button"
              class="button"
              data-action="ai-not-now"
              onClick={() => {
                moveFocus.current = true;
                setPhase({ name: 'offer' });
              }}
            >
              {t('aiNotNow')}
            </button>
          </div>
        </div>
      )}
      {phase.name === 'download' && <ProgressBar id="compose-ai-progress" label={t('aiDownloading')} fraction={phase.loaded} />}
      <div class="ai-draft__status" id={AI_STATUS} role="status" data-status="ai">
        {phase.name === 'writing' && <p>{phase.mode === 'polish' ? t('aiPolishing') : t('aiWriting')}</p>}
        {said && <p class={said.kind === 'ok' ? 'ai-draft__said ai-draft__said--ok' : 'ai-draft__said ai-draft__said--error'}>{said.text}</p>}
        {said && said.reasons.length > 0 && (
          <ul class="ai-draft__reasons">
            {said.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
      {busy && (
        <button type="button" class="button" data-action={phase.name === 'download' ? 'ai-cancel' : 'ai-stop'} data-focus onClick={stop}>
          {phase.name === 'download' ? t('aiCancelDownload') : t('aiStop')}
        </button>
      )}
    </div>
  );
}

type Failure = Extract<ModelResult, { ok: false }>['failure'];

/** What a run that brought no draft says, by why (a stop says whether it stopped the download or the writing). */
const FAILURE_TEXT: Record<Exclude<Failure, 'stopped'>, MessageKey> = {
  timeout: 'aiTimedOut',
  tooLong: 'aiTooLong',
  notAllowed: 'aiNotAllowed',
  tooMuchInput: 'aiTooMuchInput',
  network: 'aiNetwork',
  notSupported: 'aiNotSupported',
  declined: 'aiDeclined',
  failed: 'aiFailed',
};

/** Why a draft was refused; the messages with a $…$ place show the detail. */
const PROBLEM_TEXT: Record<AiProblem['kind'], MessageKey> = {
  name: 'aiProblemName',
  link: 'aiProblemLink',
  placeholder: 'aiProblemPlaceholder',
  inventedLink: 'aiProblemInventedLink',
  inventedAddress: 'aiProblemInventedAddress',
  tooLong: 'aiProblemTooLong',
  unreadable: 'aiProblemUnreadable',
  empty: 'aiProblemEmpty',
};

/** What the candidate is told once a run ends. */
function outcome(result: ModelResult, check: AiCheck | null, input: AiNoteInput, inDownload: boolean): Said {
  const error = (text: string, reasons: string[] = []): Said => ({ kind: 'error', text, reasons });
  if (check) {
    if (!check.ok) return error(t('aiRejected'), check.problems.map(problemText));
    return { kind: 'ok', text: input.mode === 'polish' ? t('aiPolished') : t('aiDrafted'), reasons: [] };
  }
  if (result.ok) return error(t('aiProblemUnreadable'));
  if (result.failure === 'stopped') return error(inDownload ? t('aiDownloadCancelled') : t('aiStopped'));
  // Only aiFailed has a place for the error's name.
  return error(t(FAILURE_TEXT[result.failure], result.name));
}

function problemText(problem: AiProblem): string {
  // What the model wrote is shown as text, bounded, never as markup.
  const detail = problem.detail.length > 80 ? `${problem.detail.slice(0, 79)}…` : problem.detail;
  return t(PROBLEM_TEXT[problem.kind], detail);
}
