/** Two records of one person, side by side: pick the one to keep, then merge. */
import type { Ref } from 'preact';
import { formatCount, t } from '../../i18n.ts';
import type { PersonEntry } from './people-index.ts';

interface Props {
  pair: [PersonEntry, PersonEntry];
  keep: string;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onKeep: (id: string) => void;
  onMerge: () => void;
  onCancel: () => void;
}

export function personDetails(person: PersonEntry): string {
  const { contact } = person;
  return [contact.title, contact.company, contact.email, t('peopleInterviewCount', formatCount(person.interviews))].filter(Boolean).join(' · ');
}

export function MergePanel({ pair, keep, busy, headingRef, onKeep, onMerge, onCancel }: Props) {
  return (
    <div class="merge-panel" role="group" aria-labelledby="merge-heading">
      <h3 id="merge-heading" tabIndex={-1} ref={headingRef}>
        {t('mergeHeading')}
      </h3>
      <fieldset class="merge-panel__choices" aria-describedby="merge-hint">
        <legend>{t('mergeKeepWhich')}</legend>
        {pair.map((person) => (
          <label key={person.contact.id} class="merge-choice">
            <input type="radio" name="merge-keep" value={person.contact.id} checked={keep === person.contact.id} onChange={() => onKeep(person.contact.id)} />
            <span class="merge-choice__name">{person.contact.name || person.contact.email}</span>
            <span class="merge-choice__details">{personDetails(person)}</span>
          </label>
        ))}
      </fieldset>
      <p class="field__hint" id="merge-hint">
        {t('mergeHint')}
      </p>
      <div class="actions">
        <button type="button" class="button button--primary" data-action="merge" disabled={busy} onClick={onMerge}>
          {t('mergeButton')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
