// Plain text everywhere; nothing is parsed as HTML.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MailLink } from '../../core/compose/mail-links.ts';
import type { TopicPicks } from '../../core/compose/note-lines.ts';
import { LIMITS } from '../../core/text.ts';
import type { Id, Interview, Touch } from '../../core/types.ts';
import { MenuButton } from '../components/MenuButton.tsx';
import { interviewChoiceLabel, lastSentText, recordedText } from '../format.ts';
import { errorText, t, type MessageKey } from '../../i18n.ts';
import { AlreadyRecorded, copyNote, LINK_TARGETS, mailLinks, openLink, type LinkTarget } from './compose-actions.ts';
import type { SendTarget } from './compose-data.ts';

export function InterviewPicker({ interviews, value, onChange }: { interviews: readonly Interview[]; value: Id; onChange: (id: Id) => void }) {
  return (
    <div class="field compose-interview">
      <label for="compose-interview">{t('composeInterview')}</label>
      <select id="compose-interview" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {interviews.map((interview) => (
          <option key={interview.id} value={interview.id}>
            {interviewChoiceLabel(interview)}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface PersonTab {
  id: Id;
  name: string;
  sent: boolean;
}

export function tabId(id: Id): string {
  return `compose-tab-${id}`;
}

/**
 * One tab per interviewer in one row that scrolls when the names do not fit,
 * following the ARIA tabs pattern: one tab in the tab order at a time, arrow
 * keys (and Home, End) move between them and open the note, Enter and Space
 * work as on any button.
 */
export function PersonTabs({ tabs, active, panelId, onOpen }: { tabs: readonly PersonTab[]; active: Id | null; panelId: string; onOpen: (id: Id) => void }) {
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const selected = active ? document.getElementById(tabId(active)) : null;
    // The open tab is always in view, also when the row scrolls; `nearest` keeps the page where it is.
    if (selected && list.current && typeof selected.scrollIntoView === 'function') selected.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowDown: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      ArrowUp: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: last,
    };
    const tab = event.key in keys ? tabs[keys[event.key]!] : undefined;
    if (!tab) return;
    event.preventDefault();
    onOpen(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <div class="person-tabs" role="tablist" aria-label={t('interviewersHeading')} ref={list}>
      {tabs.map((tab, index) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            class="person-tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onOpen(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.name}
            {tab.sent && <span class="person-tab__sent"> · {t('composeTabSent')}</span>}
          </button>
        );
      })}
    </div>
  );
}

interface TopicProps {
  id: string;
  value: string;
  picks: TopicPicks;
  personName: string;
  /** The sentence the topic completes, with "…" for it, or null when the template has none. */
  sentence: string | null;
  /** Ids of the problems about {{topic}}, for aria-describedby, once they are shown as problems. */
  problemIds: string | undefined;
  invalid: boolean;
  onChange: (topic: string) => void;
}

/**
 * The one thing from the conversation the note recalls. The field says which
 * sentence it completes; what was jotted after the interview is offered as
 * phrases that fit that sentence, this person's notes first.
 */
export function TopicField({ id, value, picks, personName, sentence, problemIds, invalid, onChange }: TopicProps) {
  const groups = [
    { key: 'person', label: t('composeTopicFromPerson', personName), items: picks.person },
    { key: 'interview', label: t('composeTopicFromInterview'), items: picks.interview },
  ].filter((group) => group.items.length > 0);
  return (
    <div class={invalid ? 'field field--invalid' : 'field'}>
      <label for={id}>{t('composeTopic')}</label>
      <input
        id={id}
        value={value}
        maxLength={LIMITS.line}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={invalid}
        aria-describedby={[`${id}-hint`, problemIds].filter(Boolean).join(' ')}
      />
      <p class="field__hint" id={`${id}-hint`}>
        {sentence ? t('composeTopicCompletes', sentence) : t('composeTopicUnused')}
      </p>
      {groups.map((group) => (
        <div class="topic-picks" role="group" aria-labelledby={`${id}-${group.key}`} key={group.key}>
          <span class="topic-picks__label" id={`${id}-${group.key}`}>
            {group.label}
          </span>
          {group.items.map((item) => (
            <button type="button" class="chip" key={item} aria-pressed={item === value} onClick={() => onChange(item)}>
              {item}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

const LABELS: Record<LinkTarget, MessageKey> = {
  mailto: 'composeOpenMailto',
  gmail: 'composeOpenGmail',
  'outlook-work': 'composeOpenOutlookWork',
  'outlook-personal': 'composeOpenOutlookPersonal',
};

type Status = { kind: 'ok' | 'error' | 'hint'; text: string };

interface SendBarProps {
  subject: string;
  body: string;
  /** The recipient's address, or '' to choose it in the mail program. */
  to: string;
  name: string;
  /** Why the note cannot go out yet, or null when it can. */
  blocked: { id: string; shown: boolean } | null;
  handedTo: SendTarget | null;
  /** Said first, before anything is done here (after an undo, say). */
  notice: string;
  onHanded: (target: SendTarget) => void;
  /** Records the note; resolves once it is stored. */
  onMarkSent: () => Promise<void>;
}

/**
 * Getting the note out, in one row that stays at the bottom of the screen
 * while the note is edited: copy it, open it prefilled in the mail program,
 * Gmail or Outlook on the web, then mark it as sent. Every button is blocked
 * while the note has a problem. A link that would be too long, or that has no
 * usable address, says so and copies instead.
 */
export function SendBar({ subject, body, to, name, blocked, handedTo, notice, onHanded, onMarkSent }: SendBarProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const links = mailLinks({ to, subject, body });
  const failing = LINK_TARGETS.filter((target) => !links[target].ok);
  const linkNote = linkProblem(links, failing);
  const shown: Status = status ??
    (notice ? { kind: 'ok', text: notice } : null) ??
    handedStatus(handedTo, name) ?? {
      kind: blocked?.shown ? 'error' : 'hint',
      text: blocked ? t('composeSendBlocked') : t('composeSendHint'),
    };

  const copy = async (instead: boolean) => {
    if (await copyNote(subject, body)) {
      onHanded('copy');
      setStatus({ kind: 'ok', text: instead ? `${linkNote} ${t('composeCopied', name)}` : t('composeCopied', name) });
    } else {
      setStatus({ kind: 'error', text: t('composeCopyFailed') });
    }
  };

  const open = async (target: LinkTarget) => {
    const link = links[target];
    if (!link.ok) return copy(true);
    if (await openLink(link.url)) {
      onHanded(target);
      setStatus({ kind: 'ok', text: openedText(target) });
    } else {
      setStatus({ kind: 'error', text: t('composeOpenFailed', t(LABELS[target])) });
    }
  };

  const markSent = async () => {
    setBusy(true);
    try {
      await onMarkSent();
    } catch (error) {
      const at = error instanceof AlreadyRecorded ? error.touch.sentAt : null;
      setStatus({ kind: 'error', text: at !== null ? recordedText(name, at, Date.now(), 'already') : errorText(error) });
      setBusy(false);
    }
  };

  const describe = (target?: LinkTarget) => [blocked?.id, target && failing.includes(target) && 'compose-link-note'].filter(Boolean).join(' ') || undefined;
  const linkButton = (target: LinkTarget) => {
    const link = links[target];
    return (
      <button
        key={target}
        type="button"
        class="button"
        data-action={`open-${target}`}
        data-href={link.ok ? link.url : ''}
        disabled={Boolean(blocked)}
        aria-describedby={describe(target)}
        onClick={() => void open(target)}
      >
        {t(LABELS[target])}
      </button>
    );
  };
  const outlook = (target: LinkTarget) => {
    const link = links[target];
    return { key: target, label: t(LABELS[target]), attributes: { 'data-action': `open-${target}`, 'data-href': link.ok ? link.url : '' } };
  };

  return (
    <section class="send-bar" aria-labelledby="compose-send-heading">
      <h3 id="compose-send-heading" class="visually-hidden">
        {t('composeSendHeading')}
      </h3>
      {linkNote && (
        <p class="muted send-bar__note" id="compose-link-note">
          {linkNote}
        </p>
      )}
      <p class={`send-bar__status send-bar__status--${shown.kind}`} role="status" data-status="compose">
        {shown.text}
      </p>
      <div class="send-bar__buttons">
        <button type="button" class="button" data-action="copy" disabled={Boolean(blocked)} aria-describedby={describe()} onClick={() => void copy(false)}>
          {t('composeCopy')}
        </button>
        {linkButton('mailto')}
        {linkButton('gmail')}
        <MenuButton
          id="compose-outlook"
          label={t('composeOpenOutlook')}
          action="open-outlook"
          choiceAttribute="data-account"
          choices={[outlook('outlook-work'), outlook('outlook-personal')]}
          describedBy={describe('outlook-work')}
          disabled={Boolean(blocked)}
          above
          onChoose={(target) => void open(target)}
        />
        <button
          type="button"
          class={handedTo ? 'button button--primary' : 'button'}
          data-action="mark-sent"
          disabled={Boolean(blocked) || busy}
          aria-describedby={describe()}
          onClick={() => void markSent()}
        >
          {t('composeMarkSent')}
        </button>
      </div>
    </section>
  );
}

function openedText(target: SendTarget): string {
  if (target === 'copy') return '';
  return target === 'mailto' ? t('composeOpenedMailto') : t('composeOpened', t(LABELS[target]));
}

/** What to say when the composer comes back to a note that was copied or opened before. */
function handedStatus(handedTo: SendTarget | null, name: string): Status | null {
  if (!handedTo) return null;
  return { kind: 'ok', text: handedTo === 'copy' ? t('composeCopied', name) : openedText(handedTo) };
}

/** One sentence for the links that cannot be made, naming them when only some fail. */
function linkProblem(links: Record<LinkTarget, MailLink>, failing: readonly LinkTarget[]): string {
  const reasons = new Set(
    failing.map((target) => {
      const link = links[target];
      return link.ok ? '' : link.reason;
    }),
  );
  if (reasons.has('badRecipient')) return t('mailLinkBadRecipient');
  if (reasons.has('tooLong')) {
    const names = failing.map((target) => t(LABELS[target])).join(', ');
    return failing.length === LINK_TARGETS.length ? t('mailLinkTooLong') : `${t('mailLinkTooLong')} ${t('composeLinkTargets', names)}`;
  }
  return '';
}

interface RecordedProps {
  name: string;
  touch: Touch;
  /** Recorded in this sitting (undo is offered here), or earlier (undo is in the history). */
  justNow: boolean;
  next: { id: Id; name: string } | null;
  onNext: (id: Id) => void;
  onUndo: () => Promise<void>;
  onWriteAgain: () => void;
}

/**
 * A person's panel once their note is recorded: when, what went out, and what
 * to do next. It never opens their next note by itself, so one more click can
 * never record a note that was not sent; right after recording, the note can
 * be taken back ("Didn't send it? Undo") for as long as this panel is shown.
 */
export function RecordedNote({ name, touch, justNow, next, onNext, onUndo, onWriteAgain }: RecordedProps) {
  const heading = useRef<HTMLParagraphElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const at = touch.sentAt ?? touch.dueAt;
  // The buttons that recorded it are gone: the focus moves on to what comes next.
  useLayoutEffect(() => {
    if (justNow) (nextButton.current ?? heading.current)?.focus();
  }, [justNow, touch.id]);
  return (
    <div class="recorded-note" data-recorded={touch.id}>
      <p class="notice recorded-note__what" role="status" tabIndex={-1} ref={heading} data-status="recorded">
        {justNow ? recordedText(name, at, Date.now()) : lastSentText(name, at, Date.now())}
      </p>
      <p class="recorded-note__subject">{touch.subject}</p>
      <details>
        <summary>{t('composeHistoryShow')}</summary>
        <pre class="history-item__body">{touch.body}</pre>
      </details>
      <div class="actions">
        {next && (
          <button type="button" class="button button--primary" data-action="next-person" ref={nextButton} onClick={() => onNext(next.id)}>
            {t('composeNextPerson', next.name)}
          </button>
        )}
        {justNow ? (
          <button
            type="button"
            class="button"
            data-action="undo-sent"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onUndo().finally(() => setBusy(false));
            }}
          >
            {t('composeUndoSent')}
          </button>
        ) : (
          <button type="button" class="button" data-action="write-again" onClick={onWriteAgain}>
            {t('composeWriteAgain')}
          </button>
        )}
      </div>
      {!next && justNow && <p class="muted">{t('composeAllRecorded')}</p>}
    </div>
  );
}
