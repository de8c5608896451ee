import { cleanBlock, cleanHttpUrl, cleanLine, LIMITS } from '../text.ts';
import type { Contact, Interview, Settings, Tidbit } from '../types.ts';
import { firstNameOf } from './first-name.ts';
import type { NoteValues } from './placeholders.ts';

export interface NoteSources {
  contact: Pick<Contact, 'name' | 'title' | 'company'>;
  interview: Pick<Interview, 'company' | 'role' | 'round' | 'start'>;
  settings: Pick<Settings, 'name' | 'signature'>;
  /** Null when the user chose "no tidbit". */
  tidbit: Pick<Tidbit, 'title' | 'url'> | null;
  /** The one thing from this conversation the note recalls. */
  topic: string;
  /** What the chosen tidbit keeps a promise of ("the article on …"), or ''. */
  promise: string;
  /** A BCP 47 tag such as "en-US"; the browser's "en_US" form is accepted too. */
  locale: string;
}

/**
 * Values are cleaned here but bounded only roughly (to a few times their
 * limit, so cleaning stays cheap): renderNote cuts each to its placeholder's
 * bound and reports the cut, which it could not do if they arrived cut already.
 */
const ROUGH = 4;

/**
 * The values a note is filled with, gathered from the records of one interview
 * and one interviewer. Dates and numbers are written the way the user's
 * language writes them (Intl is part of JavaScript, not a browser API).
 */
export function noteValues({ contact, interview, settings, tidbit, topic, promise, locale }: NoteSources): Required<NoteValues> {
  const tag = usableLocale(locale);
  const myName = cleanLine(settings.name, LIMITS.name * ROUGH);
  const tidbitLink = tidbit ? cleanHttpUrl(tidbit.url) : '';
  return {
    firstName: firstNameOf(contact.name),
    fullName: cleanLine(contact.name, LIMITS.name * ROUGH),
    title: cleanLine(contact.title, LIMITS.title * ROUGH),
    // The interview names the company the candidate applied to; a contact may
    // have been captured with a parent company or an agency.
    company: cleanLine(interview.company, LIMITS.company * ROUGH) || cleanLine(contact.company, LIMITS.company * ROUGH),
    role: cleanLine(interview.role, LIMITS.title * ROUGH),
    round: Number.isFinite(interview.round) ? new Intl.NumberFormat(tag).format(interview.round) : '',
    interviewDay: Number.isFinite(interview.start)
      ? new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long' }).format(interview.start)
      : '',
    topic: cleanLine(topic, LIMITS.line * ROUGH),
    // A tidbit saved without a title is still worth sending; its site names it.
    tidbitTitle: tidbit ? cleanLine(tidbit.title, LIMITS.line * ROUGH) || hostOf(tidbitLink) : '',
    tidbitLink,
    promise: tidbitLink ? cleanLine(promise, LIMITS.line * ROUGH) : '',
    myName,
    // Someone who set a name but no signature still signs their notes.
    signature: cleanBlock(settings.signature, LIMITS.excerpt * ROUGH) || myName,
  };
}

/** The locale if Intl knows it, else English, so a bad setting never breaks a note. */
function usableLocale(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function hostOf(url: string): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
