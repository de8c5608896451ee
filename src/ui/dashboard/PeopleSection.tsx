// Everyone the candidate met, with the repairs captures cannot make alone: correct someone, delete someone on no interview, merge two records of one person.
import { useMemo, useRef, useState } from 'preact/hooks';
import { errorText, formatCount, t } from '../../i18n.ts';
import { mergePeople, undoMergePeople } from './dashboard-actions.ts';
import { MergePanel, personDetails } from './MergePanel.tsx';
import { buildPeople, likelyDuplicates, searchPeople, type PersonEntry } from './people-index.ts';
import { UndoToast, type UndoOffer } from '../components/UndoToast.tsx';
import { lazyView } from '../lazy.tsx';
import type { DashboardState } from './use-dashboard-data.ts';
import { useIncremental } from './use-incremental.ts';

const PEOPLE_PER_PAGE = 60;

// The repairs load when first used.
const PersonEditor = lazyView(() => import('../components/PersonEditor.tsx').then((m) => m.PersonEditor));
const peopleActions = () => import('../people-actions.ts');

const nameOf = (p: PersonEntry) => p.contact.name || p.contact.email;

export function PeopleSection({ state }: { state: DashboardState }) {
  const { data, error, reload } = state;
  const people = useMemo(() => (data ? buildPeople(data.contacts, data.interviewers) : []), [data]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [keep, setKeep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const visible = useMemo(() => searchPeople(people, query), [people, query]);
  const duplicates = useMemo(() => likelyDuplicates(people), [people]);
  const pages = useIncremental(visible.length, PEOPLE_PER_PAGE, query);
  const byId = useMemo(() => new Map(people.map((p) => [p.contact.id, p])), [people]);
  const chosen = selected.flatMap((id) => byId.get(id) ?? []);
  const pair = chosen.length === 2 ? (chosen as [PersonEntry, PersonEntry]) : null;
  // The record to keep: the one picked, else the one selected first.
  const keepId = pair ? (pair.some((p) => p.contact.id === keep) ? keep! : pair[0].contact.id) : null;

  const toggle = (id: string) => {
    setSelected((now) => (now.includes(id) ? now.filter((x) => x !== id) : now.length < 2 ? [...now, id] : now));
  };
  const compare = (a: PersonEntry, b: PersonEntry) => {
    setSelected([a.contact.id, b.contact.id]);
    setKeep(a.contact.id);
    queueMicrotask(() => heading.current?.focus());
  };
  const cancel = () => {
    setSelected([]);
    setKeep(null);
  };
  const merge = async () => {
    if (!pair) return;
    const kept = pair.find((p) => p.contact.id === keepId) ?? pair[0];
    const dropped = pair.find((p) => p !== kept)!;
    setBusy(true);
    setFailure('');
    try {
      const result = await mergePeople(kept.contact.id, dropped.contact.id);
      cancel();
      setOffer({
        message: t('mergeDone', [nameOf(dropped), nameOf(kept)]),
        undo: async () => {
          try {
            await undoMergePeople(result);
          } catch (e) {
            setFailure(errorText(e));
          }
          reload();
        },
      });
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
      reload();
    }
  };

  const remove = async (person: PersonEntry) => {
    setFailure('');
    try {
      const { deletePerson, undoDeletePerson } = await peopleActions();
      const deleted = await deletePerson(person.contact.id);
      if (!deleted) setFailure(t('peopleKept', nameOf(person)));
      else
        setOffer({
          message: t('peopleDeleted', nameOf(person)),
          undo: async () => {
            await undoDeletePerson(deleted);
            reload();
          },
        });
    } catch (e) {
      setFailure(errorText(e));
    }
    reload();
  };

  return (
    <section id="people" class="dash-section" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      <p class="muted">{t('peopleIntro')}</p>
      {error && <p role="alert">{errorText(error)}</p>}
      {failure && <p role="alert">{failure}</p>}
      {!data && !error && <p aria-busy="true">{t('loading')}</p>}
      {duplicates.length > 0 && (
        <div class="duplicates">
          <h3>{t('peopleDuplicates')}</h3>
          <ul>
            {duplicates.map(([a, b]) => (
              <li key={`${a.contact.id}|${b.contact.id}`}>
                <span>{t('peopleDuplicatePair', [nameOf(a), nameOf(b)])}</span>{' '}
                <button type="button" class="link-button" data-action="compare" onClick={() => compare(a, b)}>
                  {t('peopleCompare')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {pair && (
        <MergePanel pair={pair} keep={keepId!} busy={busy} headingRef={heading} onKeep={setKeep} onMerge={() => void merge()} onCancel={cancel} />
      )}
      <p class="visually-hidden" aria-live="polite">
        {chosen.length > 0 ? t('peopleSelected', formatCount(chosen.length)) : ''}
      </p>
      {people.length > 0 && (
        <>
          <div class="field people-search">
            <label for="people-search">{t('peopleSearch')}</label>
            <input id="people-search" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <ul class="people-list" aria-label={t('peopleHeading')}>
            {visible.slice(0, pages.shown).map((person) => {
              const id = person.contact.id;
              const checked = selected.includes(id);
              return (
                <li key={id} class="person-item" data-contact={id}>
                  <input
                    type="checkbox"
                    id={`pick-${id}`}
                    checked={checked}
                    disabled={!checked && selected.length >= 2}
                    aria-describedby={`pick-${id}-details`}
                    onChange={() => toggle(id)}
                  />
                  <label for={`pick-${id}`} class="person-item__name">
                    {nameOf(person)}
                  </label>
                  <span class="person-item__details" id={`pick-${id}-details`}>
                    {personDetails(person)}
                  </span>
                  {editing === id ? (
                    <div class="person-item__editor">
                      <PersonEditor
                        contact={person.contact}
                        onSaved={() => {
                          setEditing(null);
                          reload();
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </div>
                  ) : (
                    <span class="person-item__actions">
                      <button type="button" class="link-button" data-action="edit-person" aria-label={t('personEditHeading', nameOf(person))} onClick={() => setEditing(id)}>
                        {t('edit')}
                      </button>
                      {person.interviews === 0 && (
                        <button type="button" class="link-button" data-action="delete-person" aria-label={t('peopleDeleteLabel', nameOf(person))} onClick={() => void remove(person)}>
                          {t('delete')}
                        </button>
                      )}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {pages.remaining > 0 && (
            <div class="show-more" ref={pages.sentinel}>
              <button type="button" class="button" onClick={pages.showMore}>
                {t('dashShowMore', formatCount(Math.min(pages.remaining, PEOPLE_PER_PAGE)))}
              </button>
            </div>
          )}
        </>
      )}
      {data && people.length === 0 && <p class="muted">{t('peopleEmpty')}</p>}
      <UndoToast offer={offer} onDone={() => setOffer(null)} />
    </section>
  );
}
