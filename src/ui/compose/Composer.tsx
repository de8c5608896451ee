import type { ComponentChildren } from 'preact';
import './compose.css';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { focusOf } from '../../core/focus.ts';
import type { Id, Touch } from '../../core/types.ts';
import { lastSentText } from '../format.ts';
import { errorText, t } from '../../i18n.ts';
import { lazyView } from '../lazy.tsx';
import { useInterviews } from '../use-interviews.ts';
import { InterviewPicker, PersonTabs, RecordedNote, SendBar, tabId } from './compose-parts.tsx';
import { History, sentHistory } from './History.tsx';
import { displayName, nextTidbitId, personNote, personView, similarPairs, touchToComplete, type ComposeData, type NoteDraft } from './compose-data.ts';
import { AI_STATUS, NoteEditor, PROBLEMS } from './NoteEditor.tsx';
import { useComposer } from './compose-state.ts';

// Loaded only where the browser has an on-device model (Chrome), never where it cannot be used.
const OnDeviceDraft = lazyView(() => import('./OnDeviceDraft.tsx').then((m) => m.OnDeviceDraft), true);

function hasLanguageModel(): boolean {
  return typeof (globalThis as { LanguageModel?: unknown }).LanguageModel === 'function';
}

interface Props {
  /** The interview to write about; when not given, the one the popup would show (focusOf). */
  interviewId?: Id | null;
  /** The planned touch of that interview the composer was opened on (from a notification or the due list). */
  touchId?: Id | null;
  /** Shown as a "Back" button when given (the popup). */
  onClose?: () => void;
}

/** Pick the interview, then one personal note to each interviewer in turn; used by the popup and by the composer's own page (opened on a given touch). */
export function Composer({ interviewId = null, touchId = null, onClose }: Props) {
  const interviews = useInterviews();
  // The interview picked in the picker, over the one the composer was opened on
  // (its address names it, with the touch: the touch is not read to learn it).
  const [picked, setPicked] = useState<Id | null>(null);
  const chosen = picked ?? interviewId;
  const list = interviews.value ?? [];
  const selected = chosen ?? focusOf(list, Date.now())?.id ?? null;
  const composer = useComposer(interviews.value || chosen ? selected : null, touchId);

  let body: ComponentChildren;
  if (interviews.error) body = <p role="alert">{errorText(interviews.error)}</p>;
  else if ((!interviews.value && !chosen) || composer.load.state === 'loading') body = <p aria-busy="true">{t('loading')}</p>;
  else if (composer.load.state === 'failed') body = <p role="alert">{errorText(composer.load.error)}</p>;
  else if (composer.load.state === 'missing') body = <p>{list.length === 0 ? t('composeNoInterviews') : t('composeMissing')}</p>;
  else body = <ComposerBody data={composer.load.data} composer={composer} />;

  return (
    <section class="composer" aria-labelledby="composer-heading">
      <div class="section-head">
        <h2 id="composer-heading">{t('composeHeading')}</h2>
        {onClose && (
          <button type="button" class="link-button" data-action="compose-back" onClick={onClose}>
            {t('composeBack')}
          </button>
        )}
      </div>
      {list.length > 0 && selected && <InterviewPicker interviews={list} value={selected} onChange={setPicked} />}
      {body}
    </section>
  );
}

function ComposerBody({ data, composer }: { data: ComposeData; composer: ReturnType<typeof useComposer> }) {
  // What the panel says first after an undo, until the note is changed or handed on.
  const [notice, setNotice] = useState<{ contactId: Id; text: string } | null>(null);
  // "Next: Lars" replaces the panel it sits in; the focus goes to Lars's tab
  // rather than to the top of the page.
  const focusTab = useRef(false);
  // What the browser's on-device model can do here ('off' and 'absent' never ask it), and its draft while it arrives.
  const [model, setModel] = useState('checking');
  const [streaming, setStreaming] = useState<{ contactId: Id; subject: string; body: string } | null>(null);
  useLayoutEffect(() => {
    if (!focusTab.current || !composer.active) return;
    focusTab.current = false;
    document.getElementById(tabId(composer.active))?.focus();
  }, [composer.active]);

  if (data.people.length === 0) return <p class="muted">{t('composeNoPeople')}</p>;
  const now = Date.now();
  const notes = data.people.flatMap((person) => {
    const draft = composer.drafts[person.contact.id];
    if (!draft) return [];
    const id = person.contact.id;
    const view = personView(data, id, { recorded: Boolean(composer.recorded[id]), writing: composer.writing.has(id), now });
    return [{ draft, view, ...personNote(data, person, draft, data.noteLocale) }];
  });
  const current = notes.find((n) => n.person.contact.id === composer.active) ?? notes[0];
  if (!current) return null;
  const id = current.person.contact.id;
  const sent = sentHistory(data.touches);
  const lastSent = (contactId: Id): Touch | undefined => sent.find((touch) => touch.contactId === contactId);
  const byId = new Map(notes.map((note) => [note.person.contact.id, displayName(note.person)]));
  const name = displayName(current.person);

  // Only notes that could go out and that the candidate worked on are
  // compared (a note nobody touched yet is not a copy of anything), and
  // someone not being written to, by what they got.
  const pairs = similarPairs(
    notes.flatMap((note) => {
      const earlier = lastSent(note.person.contact.id);
      if (note.view !== 'writing') return earlier ? [{ person: note.person, body: earlier.body }] : [];
      return note.draft.touched && note.note.problems.length === 0 ? [{ person: note.person, body: note.note.body }] : [];
    }),
  ).filter((pair) => pair.a === id || pair.b === id);

  const change = (c: Partial<NoteDraft>) => {
    const next: Partial<NoteDraft> = { handedTo: null, ...c };
    // Typing the template's exact text back is following the template again.
    if (next.subjectEdit === current.note.rendered.subject) next.subjectEdit = null;
    if (next.bodyEdit === current.note.rendered.body) next.bodyEdit = null;
    // Back on the template's text, the note is no longer the model's.
    const edits = ['subjectEdit', 'bodyEdit'] as const;
    if ((current.draft.byModel || next.byModel) && edits.every((field) => (field in next ? next[field] : current.draft[field]) === null)) next.byModel = false;
    setNotice(null);
    composer.update(id, next);
  };

  const markSent = async () => {
    const { note, chosen, kind, planned } = current;
    // A tidbit counts as used only when its link went out in the note.
    const used = chosen && `${note.subject}\n${note.body}`.includes(chosen.tidbit.url) ? chosen.tidbit.id : null;
    setNotice(null);
    await composer.markSent(id, {
      interviewId: data.interview.id,
      contactId: id,
      kind,
      subject: note.subject,
      body: note.body,
      tidbitId: used,
      touch: touchToComplete(data.touches, id, kind, planned),
    });
  };

  const undo = async (touch: Touch) => {
    const whose = byId.get(touch.contactId) ?? '';
    const done = await composer.undo(touch);
    composer.open(touch.contactId);
    setNotice({ contactId: touch.contactId, text: done ? t('composeUndone', whose) : t('composeUndoGone', whose) });
  };

  // Who to write to next: the next person, in panel order, whose note is still to write.
  const order = notes.map((note) => note.person.contact.id);
  const at = order.indexOf(id);
  const following = [...order.slice(at + 1), ...order.slice(0, at)].find((other) => notes.find((n) => n.person.contact.id === other)?.view === 'writing');
  const openNext = (next: Id) => {
    focusTab.current = true;
    composer.open(next);
  };
  const recorded = composer.recorded[id];
  const last = lastSent(id);
  const drafting = streaming?.contactId === id ? streaming : null;
  const blocked = drafting ? { id: AI_STATUS, shown: false } : current.note.problems.length > 0 ? { id: PROBLEMS, shown: current.draft.touched } : null;
  const offered = data.settings.onDeviceAi && hasLanguageModel();

  return (
    <>
      <PersonTabs
        tabs={notes.map((note) => ({ id: note.person.contact.id, name: displayName(note.person), sent: Boolean(lastSent(note.person.contact.id)) }))}
        active={id}
        panelId="compose-panel"
        onOpen={composer.open}
      />
      <div
        class="compose-panel"
        id="compose-panel"
        role="tabpanel"
        aria-labelledby={tabId(id)}
        data-contact={id}
        data-view={current.view}
        data-model={!data.settings.onDeviceAi ? 'off' : offered ? model : 'absent'}
      >
        <p class="compose-panel__who">
          <strong>{name}</strong>
          {current.person.contact.title && <span class="muted"> · {current.person.contact.title}</span>}
          {current.person.contact.email && <span class="muted"> · {current.person.contact.email}</span>}
        </p>
        {current.view !== 'writing' && (recorded?.sent ?? last) ? (
          <RecordedNote
            key={(recorded?.sent ?? last)!.id}
            name={name}
            touch={(recorded?.sent ?? last)!}
            justNow={Boolean(recorded)}
            next={following ? { id: following, name: byId.get(following) ?? '' } : null}
            onNext={openNext}
            onUndo={() => undo(recorded!.sent)}
            onWriteAgain={() => composer.writeAgain(id)}
          />
        ) : (
          <>
            {!current.person.contact.email && <p class="muted">{t('composeNoEmail', name)}</p>}
            {last && <p class="muted">{lastSentText(name, last.sentAt ?? last.dueAt, Date.now())}</p>}
            <NoteEditor
              key={id}
              current={current}
              draft={current.draft}
              templates={data.templates}
              onChange={change}
              onNextTidbit={() => change({ tidbitId: nextTidbitId(current.suggestions.map((s) => s.tidbit.id), current.draft.tidbitId) })}
              streaming={drafting}
              assist={
                offered && (
                  <OnDeviceDraft
                    data={data}
                    current={current}
                    onState={setModel}
                    onStream={(note) => setStreaming(note && { contactId: id, ...note })}
                    onDraft={(note) => change({ subjectEdit: note.subject, bodyEdit: note.body, byModel: true })}
                  />
                )
              }
            />
            <div class="similar-warning" role="status" data-status="similar">
              {pairs.map((pair) => (
                <p key={`${pair.a}-${pair.b}`} class="warning">
                  {t('similarNotesWarning', [byId.get(pair.a) ?? '', byId.get(pair.b) ?? ''])}
                </p>
              ))}
            </div>
            <SendBar
              key={id}
              subject={current.note.subject}
              body={current.note.body}
              to={current.person.contact.email}
              name={name}
              blocked={blocked}
              handedTo={current.draft.handedTo}
              notice={drafting ? t('aiSendWaits') : notice?.contactId === id ? notice.text : ''}
              onHanded={(target) => composer.update(id, { handedTo: target })}
              onMarkSent={markSent}
            />
          </>
        )}
      </div>
      <History touches={data.touches} contacts={data.contacts} tidbits={data.tidbits} onUndo={undo} />
    </>
  );
}
