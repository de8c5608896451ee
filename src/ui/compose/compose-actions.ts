// What the composer and the template editor do outside themselves. Afterview sends nothing itself: a note goes to the user's mail by the clipboard or a prefilled link.
import browser from 'webextension-polyfill';
import { isPending } from '../../core/cadence/touch-state.ts';
import { lintTemplate } from '../../core/compose/lint-template.ts';
import { clipboardText } from '../../core/compose/clipboard-text.ts';
import { problemMessage } from '../../core/compose/note-problems.ts';
import { gmailComposeLink, mailtoLink, outlookComposeLink, type MailDraft, type MailLink } from '../../core/compose/mail-links.ts';
import { sentTouch, unsentTouch, type SentNote } from '../../core/compose/sent-touch.ts';
import { newId } from '../../core/ids.ts';
import { cleanBlock, cleanLine, LIMITS } from '../../core/text.ts';
import type { Template, Touch } from '../../core/types.ts';
import { deleteTemplate, putTemplate } from '../../db/templates.ts';
import { t } from '../../i18n.ts';
import { write } from '../../db/write.ts';
import type { SendTarget, ShownProblem } from './compose-data.ts';

export type LinkTarget = Exclude<SendTarget, 'copy'>;
export const LINK_TARGETS: readonly LinkTarget[] = ['mailto', 'gmail', 'outlook-work', 'outlook-personal'];

export function mailLinks(draft: MailDraft): Record<LinkTarget, MailLink> {
  return {
    mailto: mailtoLink(draft),
    gmail: gmailComposeLink(draft),
    'outlook-work': outlookComposeLink(draft, 'work'),
    'outlook-personal': outlookComposeLink(draft, 'personal'),
  };
}

/** Puts the subject and body on the clipboard; false when the browser refused. */
export async function copyNote(subject: string, body: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(clipboardText(subject, body, t('clipboardSubjectLabel')));
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a mail link in a new tab, in both browsers: a popup cannot navigate
 * itself to mail.google.com, and Firefox and Chrome both accept a mailto: URL
 * there (Firefox refuses only privileged schemes such as about:, data:,
 * file: and javascript:) and hand it to the default mail program; the
 * end-to-end suite opens one in each. Opening a tab closes the popup, which
 * is why drafts are kept in storage (compose-state.ts).
 */
export async function openLink(url: string): Promise<boolean> {
  try {
    await browser.tabs.create({ url });
    return true;
  } catch {
    return false;
  }
}

export interface SentNoteInput extends Omit<SentNote, 'now' | 'newId'> {
  /** The planned touch this note completes, or null to add a new record. */
  touch: Touch | null;
}

export interface RecordedNote {
  /** The touch as stored, sent. */
  sent: Touch;
  /** What it replaced: the planned touch it completed, or null when it was added. */
  before: Touch | null;
}

/** Thrown when the touch a note would complete was recorded meanwhile (in another window). */
export class AlreadyRecorded extends Error {
  constructor(readonly touch: Touch) {
    super('already recorded');
  }
}

/**
 * "Mark as sent": the exact words and the tidbit go into the history, once.
 * The touch is read again in the same transaction, so a note another window
 * recorded a moment ago is not recorded a second time.
 */
export function markNoteSent({ touch, ...note }: SentNoteInput): Promise<RecordedNote> {
  return write(
    ['touchpoints'],
    async (d) => {
      const tx = d.transaction('touchpoints', 'readwrite');
      const stored = touch ? ((await tx.store.get(touch.id)) ?? null) : null;
      if (stored && !isPending(stored)) {
        await tx.done;
        throw new AlreadyRecorded(stored);
      }
      const sent = sentTouch(stored, { ...note, now: Date.now(), newId });
      await tx.store.put(sent);
      await tx.done;
      return { sent, before: stored };
    },
    ({ sent }) => [sent.interviewId],
  );
}

/**
 * "Didn't send it? Undo": puts back what the record replaced (see
 * unsentTouch), only while the record is still the one this composer
 * knows; false when it changed or went meanwhile.
 */
export function undoNoteSent(sent: Touch, before: Touch | null | undefined): Promise<boolean> {
  return write(
    ['touchpoints'],
    async (d) => {
      const tx = d.transaction('touchpoints', 'readwrite');
      const stored = await tx.store.get(sent.id);
      const same = stored?.status === 'sent' && stored.sentAt === sent.sentAt;
      if (same) {
        const back = unsentTouch(stored, before);
        if (back) await tx.store.put(back);
        else await tx.store.delete(sent.id);
      }
      await tx.done;
      return same;
    },
    (same) => (same ? [sent.interviewId] : false),
  );
}

// ── Templates ──
// An edit of a built-in template is stored under the built-in's id and
// replaces its text; deleting that record ("reset") brings the shipped text back.

export interface TemplateFields {
  name: string;
  subject: string;
  body: string;
}

/** The message key of what is wrong with the name (only the user's own templates have one to edit), or null. */
export function templateNameError(fields: TemplateFields, own: boolean): string | null {
  return own && !cleanLine(fields.name, LIMITS.name) ? 'templateNameRequired' : null;
}

/** What keeps the subject or body from being saved; empty when they may be. */
export function templateProblems(fields: TemplateFields): ShownProblem[] {
  const problems: ShownProblem[] = [];
  const about = (field: 'subject' | 'body', key: string): ShownProblem => ({ fields: [field], name: '', key, substitutions: [] });
  if (!fields.subject.trim()) problems.push(about('subject', 'composeSubjectEmpty'));
  if (fields.subject.length > LIMITS.subject) problems.push(about('subject', 'problemFieldTooLong'));
  if (!fields.body.trim()) problems.push(about('body', 'composeBodyEmpty'));
  if (fields.body.length > LIMITS.body) problems.push(about('body', 'problemFieldTooLong'));
  for (const problem of lintTemplate(fields)) problems.push({ fields: [problem.field], name: problem.name, ...problemMessage(problem) });
  return problems;
}

/** A new template of the user's own, not stored until it is saved. */
export function blankTemplate(name: string): Template {
  return { id: newId(), kind: 'custom', name, subject: '', body: '', builtIn: false, updatedAt: 0 };
}

export async function saveTemplate(base: Template, fields: TemplateFields): Promise<Template> {
  const template: Template = {
    ...base,
    name: base.builtIn ? base.name : cleanLine(fields.name, LIMITS.name),
    subject: cleanLine(fields.subject, LIMITS.subject),
    body: cleanBlock(fields.body, LIMITS.body),
    updatedAt: Date.now(),
  };
  await write(['templates'], (d) => putTemplate(d, template));
  return template;
}

/** Deletes the user's template, or their edit of a built-in one (which brings the shipped text back). */
export async function removeTemplate(template: Template): Promise<void> {
  await write(['templates'], (d) => deleteTemplate(d, template.id));
}

export async function restoreTemplate(template: Template): Promise<void> {
  await write(['templates'], (d) => putTemplate(d, template));
}
