/**
 * Handing a finished note to the user's mail: the clipboard, or a prefilled
 * link opened in a new tab. Afterview sends nothing itself.
 *
 * Links open with tabs.create in both browsers: a popup cannot navigate
 * itself to mail.google.com, and Firefox and Chrome both accept a mailto: URL
 * there (Firefox refuses only privileged schemes such as about:, data:,
 * file: and javascript:) and hand it to the default mail program; the
 * end-to-end suite opens one in each. Opening a tab closes the popup, which
 * is why drafts are kept in storage (draft-store.ts).
 */
import browser from 'webextension-polyfill';
import { clipboardText } from '../../core/compose/clipboard-text.ts';
import { gmailComposeLink, mailtoLink, outlookComposeLink, type MailDraft, type MailLink } from '../../core/compose/mail-links.ts';
import { t } from '../i18n.ts';
import type { SendTarget } from './note-draft.ts';

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

export async function openLink(url: string): Promise<boolean> {
  try {
    await browser.tabs.create({ url });
    return true;
  } catch {
    return false;
  }
}
