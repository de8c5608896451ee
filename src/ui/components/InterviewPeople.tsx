// An interview's people, where the popup and the dashboard show them, with the two repairs a capture
// cannot make alone: correct who they are, or take them off (planned messages go, sent ones stay; Undo).
import { useState } from 'preact/hooks';
import type { LinkedContact } from '../../db/links.ts';
import { errorText, t } from '../../i18n.ts';
import { saveLinkNotes } from '../interviewer-actions.ts';
import { lazyView } from '../lazy.tsx';
import { NotesBox } from './NotesBox.tsx';
import type { UndoOffer } from './UndoToast.tsx';

// Opened only to correct someone, or after taking someone off: loaded then.
const PersonEditor = lazyView(() => import('./PersonEditor.tsx').then((m) => m.PersonEditor));
const UndoToast = lazyView(() => import('./UndoToast.tsx').then((m) => m.UndoToast));

interface Props {
  interviewId: string;
  people: LinkedContact[];
  /** Someone was changed, taken off or put back: read the interview again. */
  onChanged: () => void;
  /**
   * With a notes box each (the dashboard's card); without, one line each, as
   * the popup lists them on its one screen and keeps the notes in a section
   * that opens on demand (PeopleNotes).
   */
  notes?: boolean;
}

export function InterviewPeople({ interviewId, people, onChanged, notes = true }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [failure, setFailure] = useState('');

  const takeOff = async ({ link, contact }: LinkedContact) => {
    setFailure('');
    try {
      const { takeOffInterview, undoTakeOff } = await import('../people-actions.ts');
      const taken = await takeOffInterview([link.id]);
      setOffer({
        message: t('personTakenOff', contact.name || contact.email),
        undo: async () => {
          await undoTakeOff(taken);
          onChanged();
        },
      });
      onChanged();
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <>
      {people.length === 0 && <p class="muted">{t('noInterviewersYet')}</p>}
      <ul class={notes ? 'interviewer-list' : 'interviewer-list interviewer-list--compact'}>
        {people.map((person) => {
          const { link, contact } = person;
          const name = contact.name || contact.email;
          return (
            <li key={link.id} data-interviewer={link.id} data-contact={contact.id}>
              {editing === contact.id ? (
                <PersonEditor
                  contact={contact}
                  onSaved={() => {
                    setEditing(null);
                    onChanged();
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : notes ? (
                <PersonNotes person={person} />
              ) : (
                <p class="person-line">
                  <span class="person-line__name">{name}</span>
                  {contact.title && <span class="muted"> · {contact.title}</span>}
                </p>
              )}
              {editing !== contact.id && (
                <div class="person-actions">
                  <button type="button" class="link-button" data-action="edit-person" aria-label={t('personEditHeading', name)} onClick={() => setEditing(contact.id)}>
                    {t('edit')}
                  </button>
                  <button type="button" class="link-button" data-action="take-off" aria-label={t('personTakeOffLabel', name)} onClick={() => void takeOff(person)}>
                    {t('personTakeOff')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {failure && <p role="alert">{failure}</p>}
      {offer && <UndoToast offer={offer} onDone={() => setOffer(null)} key={interviewId} />}
    </>
  );
}

/** What was discussed with one person, saved as it is typed. */
function PersonNotes({ person: { link, contact } }: { person: LinkedContact }) {
  return (
    <NotesBox
      id={`notes-${link.id}`}
      label={t('notesAbout', contact.name || contact.email)}
      hint={[contact.title, contact.email || t('personNoEmail')].filter(Boolean).join(' · ')}
      initial={link.notes}
      rows={2}
      write={(text) => saveLinkNotes(link.id, text)}
    />
  );
}

/** The notes box of each person, for the popup's notes section. */
export function PeopleNotes({ people }: { people: LinkedContact[] }) {
  return (
    <ul class="interviewer-notes">
      {people.map((person) => (
        <li key={person.link.id}>
          <PersonNotes person={person} />
        </li>
      ))}
    </ul>
  );
}
