/**
 * Getting the note out: copy it, or open it prefilled in the mail program,
 * Gmail or Outlook on the web; then one click records it as sent. Every
 * button is blocked while the note has a problem. A link that would be too
 * long, or that has no usable address, says so and copies instead.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MailLink } from '../../core/compose/mail-links.ts';
import type { Id } from '../../core/types.ts';
import { errorText, type MessageKey, t } from '../i18n.ts';
import { copyNote, LINK_TARGETS, mailLinks, openLink, type LinkTarget } from './send-note.ts';
import type { SendTarget } from './note-draft.ts';

interface Props {
  subject: string;
  body: string;
  /** The recipient's address, or '' to choose it in the mail program. */
  to: string;
  name: string;
  blocked: boolean;
  handedTo: SendTarget | null;
  next: { id: Id; name: string } | null;
  onHanded: (target: SendTarget) => void;
  /** Records the note; resolves once it is stored. */
  onMarkSent: () => Promise<void>;
  onOpenNext: (id: Id) => void;
}

const LABELS: Record<LinkTarget, MessageKey> = {
  mailto: 'composeOpenMailto',
  gmail: 'composeOpenGmail',
  'outlook-work': 'composeOpenOutlookWork',
  'outlook-personal': 'composeOpenOutlookPersonal',
};

type Status = { kind: 'ok' | 'error'; text: string; sent?: boolean };

export function SendPanel({ subject, body, to, name, blocked, handedTo, next, onHanded, onMarkSent, onOpenNext }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const links = mailLinks({ to, subject, body });
  const failing = LINK_TARGETS.filter((target) => !links[target].ok);
  const linkNote = linkProblem(links, failing);
  const shown = status ?? handedStatus(handedTo, name);

  // Once the note is recorded, the form starts over for a next message and its
  // buttons are blocked again: the focus moves on rather than being lost.
  useLayoutEffect(() => {
    if (!status?.sent) return;
    (nextButton.current ?? statusLine.current)?.focus();
  }, [status]);

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
      setStatus({ kind: 'ok', text: t('composeMarkedSent', name), sent: true });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const describe = (target?: LinkTarget) =>
    [blocked && 'compose-send-blocked', target && failing.includes(target) && 'compose-link-note'].filter(Boolean).join(' ') || undefined;

  return (
    <section class="send-panel" aria-labelledby="compose-send-heading">
      <h3 id="compose-send-heading">{t('composeSendHeading')}</h3>
      <p class="field__hint">{t('composeSendHint')}</p>
      {!to && <p class="muted">{t('composeNoEmail', name)}</p>}
      {blocked && (
        <p class="field__error" id="compose-send-blocked">
          {t('composeSendBlocked')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" data-action="copy" disabled={blocked} aria-describedby={describe()} onClick={() => void copy(false)}>
          {t('composeCopy')}
        </button>
        {LINK_TARGETS.map((target) => {
          const link = links[target];
          return (
            <button
              key={target}
              type="button"
              class="button"
              data-action={`open-${target}`}
              data-href={link.ok ? link.url : ''}
              disabled={blocked}
              aria-describedby={describe(target)}
              onClick={() => void open(target)}
            >
              {t(LABELS[target])}
            </button>
          );
        })}
      </div>
      {linkNote && (
        <p class="muted" id="compose-link-note">
          {linkNote}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button--primary" data-action="mark-sent" disabled={blocked || busy} aria-describedby={describe()} onClick={() => void markSent()}>
          {t('composeMarkSent')}
        </button>
        {status?.sent && next && (
          <button type="button" class="button" data-action="next-person" ref={nextButton} onClick={() => onOpenNext(next.id)}>
            {t('composeNextPerson', next.name)}
          </button>
        )}
      </div>
      <p class={shown?.kind === 'error' ? 'field__error' : 'notice'} role="status" tabIndex={-1} ref={statusLine} data-status="compose">
        {shown?.text ?? ''}
      </p>
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
  const reasons = new Set(failing.map((target) => {
    const link = links[target];
    return link.ok ? '' : link.reason;
  }));
  if (reasons.has('badRecipient')) return t('mailLinkBadRecipient');
  if (reasons.has('tooLong')) {
    const names = failing.map((target) => t(LABELS[target])).join(', ');
    return failing.length === LINK_TARGETS.length ? t('mailLinkTooLong') : `${t('mailLinkTooLong')} ${t('composeLinkTargets', names)}`;
  }
  return '';
}
