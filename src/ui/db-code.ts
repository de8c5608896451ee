// One dynamic import (loadDbCode) for the database code the popup's first screen uses once it is on screen, so that its first chunk holds
// neither idb nor the readers and writers: the popup paints from its snapshot (db/popup-snapshot.ts) while this loads. Pages that load
// the database code anyway may import db/ directly; what the popup's first screen (and the components it shares) calls goes through here.
import { provideTokeniserLoader } from '../db/migrations.ts';

// Only an upgrade that stores the tidbits' terms needs the tokeniser, which the popup loads apart.
provideTokeniserLoader(() => import('../core/tidbits/terms.ts'));

export { upsertContact } from '../db/contacts.ts';
export { loadDueEntries, loadPendingEntries } from '../db/due-entries.ts';
export { getInterview, readInterviewDetail, updateInterview } from '../db/interviews.ts';
export { addLink, listLinkedContacts, setLinkNotes } from '../db/links.ts';
export { db } from '../db/open.ts';
export { readPopupState } from '../db/popup-state.ts';
export { getSettings } from '../db/settings.ts';
export { write } from '../db/write.ts';

export type DbCode = typeof import('./db-code.ts');
