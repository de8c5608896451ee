/** The placeholders a template may use, each inserted where the cursor was with one click. */
import { PLACEHOLDERS } from '../../core/compose/placeholders.ts';
import { t, tDynamic } from '../../i18n.ts';

export function PlaceholderHelp({ id, onInsert }: { id: string; onInsert: (name: string) => void }) {
  return (
    <section class="placeholder-help" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('templatePlaceholders')}</h4>
      <p class="field__hint">{t('templatePlaceholdersHint')}</p>
      <ul>
        {PLACEHOLDERS.map((spec) => (
          <li key={spec.name}>
            <button type="button" class="chip" data-placeholder={spec.name} aria-describedby={`${id}-${spec.name}`} onClick={() => onInsert(spec.name)}>
              {`{{${spec.name}}}`}
            </button>{' '}
            <span id={`${id}-${spec.name}`} class="muted">
              {tDynamic(spec.descriptionKey)}
            </span>
          </li>
        ))}
      </ul>
      <p class="field__hint">{t('placeholderSectionHelp')}</p>
    </section>
  );
}
