// A tidbit's title and address are shown as text, never as a live link: they came from a web page.
import { formatCount, t } from '../../i18n.ts';
import type { TidbitSuggestion } from './compose-data.ts';

interface Props {
  id: string;
  suggestions: readonly TidbitSuggestion[];
  chosen: TidbitSuggestion | null;
  /** Ids of the problems about the tidbit's placeholders. */
  problemIds: string | undefined;
  /** What the chosen tidbit keeps a promise of ("the article on …"), or null. */
  keeps: string | null;
  onNext: () => void;
  onNone: () => void;
}

export function TidbitChooser({ id, suggestions, chosen, problemIds, keeps, onNext, onNone }: Props) {
  const position = chosen ? suggestions.indexOf(chosen) + 1 : 0;
  return (
    <div class={problemIds ? 'tidbit-chooser field--invalid' : 'tidbit-chooser'} role="group" aria-labelledby={`${id}-label`} aria-describedby={problemIds}>
      <div class="tidbit-chooser__head">
        <span class="tidbit-chooser__label" id={`${id}-label`}>
          {t('composeTidbit')}
        </span>
        {chosen && suggestions.length > 1 && <span class="muted">{t('composeTidbitPosition', [formatCount(position), formatCount(suggestions.length)])}</span>}
      </div>
      <div id={`${id}-current`} aria-live="polite">
        {chosen ? (
          <div class="tidbit-card">
            <p class="tidbit-card__title">{chosen.tidbit.title || chosen.tidbit.url}</p>
            <p class="tidbit-card__url">{chosen.tidbit.url}</p>
            {keeps ? (
              <p class="tidbit-card__promise">{t('composeTidbitKeepsPromise', keeps)}</p>
            ) : (
              chosen.matched.length > 0 && <p class="muted">{t('composeTidbitMatched', chosen.matched.slice(0, 5).join(', '))}</p>
            )}
            {chosen.sentToColleague.length > 0 && <p class="muted">{t('composeTidbitColleague', chosen.sentToColleague.join(', '))}</p>}
          </div>
        ) : (
          <p class="muted">{suggestions.length > 0 ? t('composeTidbitNoneChosen') : t('composeTidbitNoSuggestions')}</p>
        )}
      </div>
      {suggestions.length > 0 && (
        // Both buttons stay where they are whatever is chosen, so the focus
        // never falls off a button that has just disappeared.
        <div class="actions">
          {suggestions.length > 1 && (
            <button type="button" class="button" data-action="tidbit-next" aria-describedby={`${id}-current`} onClick={onNext}>
              {t('composeTidbitNext')}
            </button>
          )}
          <button type="button" class="button" data-action="tidbit-none" aria-pressed={!chosen} onClick={chosen ? onNone : onNext}>
            {t('composeTidbitNone')}
          </button>
        </div>
      )}
    </div>
  );
}
