// The database code the popup's first screen calls once it is on screen, loaded where it is called (`await import('…/db-code.ts')`),
// so that the popup's first chunk holds neither idb nor these readers and writers: it paints from its snapshot (db/popup-snapshot.ts)
// while this loads. Pages that load the database code anyway may import db/ directly; what the popup's first screen (and the
// components it shares) calls goes through here. The database itself is opened with openDb (use-loaded.ts).
export { upsertContact } from '../db/contacts.ts';
export { loadDueEntries, loadPendingEntries } from '../db/due-entries.ts';
export { readInterviewDetail, updateInterview } from '../db/interviews.ts';
export { addLink, setLinkNotes } from '../db/links.ts';
export { readPopupState } from '../db/popup-state.ts';
export { getSettings } from '../db/settings.ts';
export { write } from '../db/write.ts';
