/** Everything the composer reads for one interview, in one go, and the promises its notes hold. */
import { openPromises, promisesOf, type NotePromise } from '../../core/compose/promises.ts';
import type { Contact, Id, Interview, Settings, Template, Tidbit, Touch } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { listLinkedContacts, type LinkedContact } from '../../db/links.ts';
import { getInterview } from '../../db/interviews.ts';
import { db, type Db } from '../../db/open.ts';
import { getSettings } from '../../db/settings.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { listAllTidbits } from '../../db/tidbits.ts';
import { getTouch, listTouchesByStatus, listTouchesFor } from '../../db/touches.ts';
import { noteWords } from './note-language.ts';
import { loadTemplates } from './use-templates.ts';

export interface ComposeData {
  interview: Interview;
  people: LinkedContact[];
  /** The built-in templates (with the user's edits) and the user's own. */
  templates: Template[];
  /** The tag the notes' dates and numbers are written with: the interview's note language, or the browser's. */
  noteLocale: string;
  settings: Settings;
  tidbits: Tidbit[];
  contacts: Contact[];
  /** Sent touches of every interview, for tidbit ranking. */
  sentTouches: Touch[];
  /** Every touch of this interview: the plan and the history. */
  touches: Touch[];
  /** The touch the composer was opened on, when it belongs to this interview. */
  openedOn: Touch | null;
  /** Promises in this interview's notes that no sent note kept yet. */
  promises: NotePromise[];
}

export async function loadComposeData(interviewId: Id, touchId: Id | null): Promise<ComposeData | null> {
  const d = await db();
  const interview = await getInterview(d, interviewId);
  if (!interview) return null;
  // The note language's words (a chunk to load when it is not the browser's) come alongside the reads.
  const [people, stored, settings, tidbits, contacts, sentTouches, touches, touch, words] = await Promise.all([
    listLinkedContacts(d, interviewId),
    listStoredTemplates(d),
    getSettings(d),
    listAllTidbits(d),
    listContacts(d),
    listTouchesByStatus(d, ['sent']),
    listTouchesFor(d, interviewId),
    touchId ? getTouch(d, touchId) : Promise.resolve(undefined),
    noteWords(interview),
  ]);
  const notes = people.map(({ contact, link }) => ({ contactId: contact.id, name: contact.name, notes: link.notes }));
  return {
    interview,
    people,
    templates: loadTemplates(stored, words),
    noteLocale: words.locale,
    settings,
    tidbits,
    contacts,
    sentTouches,
    touches,
    openedOn: touch && touch.interviewId === interviewId ? touch : null,
    promises: openPromises(promisesOf({ people: notes, interviewNotes: interview.notes }), touches, tidbits),
  };
}

/** The interview a touch belongs to, for a composer opened on a touch alone. */
export async function interviewOfTouch(d: Db, touchId: Id): Promise<Id | null> {
  const touch = await getTouch(d, touchId);
  return touch?.interviewId ?? null;
}
