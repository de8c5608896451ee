/** One search box over companies, people, notes and tidbits, and a status filter with counts. */
import { INTERVIEW_STATUSES } from '../../core/types.ts';
import { statusLabel } from '../format.ts';
import { formatCount, t, tCount } from '../../i18n.ts';
import type { DashboardFilter, StatusFilter } from './dashboard-index.ts';

interface Props {
  filter: DashboardFilter;
  counts: Record<StatusFilter, number>;
  /** How many interviews pass the filter. */
  shown: number;
  onChange: (filter: DashboardFilter) => void;
}

export function FilterBar({ filter, counts, shown, onChange }: Props) {
  return (
    <>
      <div class="filter-bar" role="search" aria-label={t('dashFilterLabel')}>
        <div class="field filter-bar__search">
          <label for="dash-search">{t('dashSearch')}</label>
          <input
            id="dash-search"
            type="search"
            value={filter.query}
            aria-describedby="dash-search-hint"
            onInput={(e) => onChange({ ...filter, query: (e.currentTarget as HTMLInputElement).value })}
          />
          <p class="field__hint" id="dash-search-hint">
            {t('dashSearchHint')}
          </p>
        </div>
        <div class="field filter-bar__status">
          <label for="dash-status">{t('fieldStatus')}</label>
          <select id="dash-status" value={filter.status} onChange={(e) => onChange({ ...filter, status: (e.currentTarget as HTMLSelectElement).value as StatusFilter })}>
            <option value="all">{t('dashAllStatuses', formatCount(counts.all))}</option>
            {INTERVIEW_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t('dashStatusCount', [statusLabel(status), formatCount(counts[status])])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted filter-count" aria-live="polite">
        {tCount('dashShowingCount', counts.all, [formatCount(shown), formatCount(counts.all)])}
      </p>
    </>
  );
}
