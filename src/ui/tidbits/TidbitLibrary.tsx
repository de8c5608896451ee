import { useMemo, useRef, useState } from 'preact/hooks';
import './tidbits.css';
import { searchTidbits } from '../../core/tidbits/library.ts';
import type { Id } from '../../core/types.ts';
import { errorText, t, uiLanguage } from '../../i18n.ts';
import { FIRST_PAGE } from './library-read.ts';
import { interviewLabels, PAGE_SIZE, topicChoices } from './library-view.ts';
import { LibraryList } from './LibraryList.tsx';
import { dashboardUrl } from '../../page-urls.ts';
import { openDashboardFromPopup } from '../open-dashboard.ts';
import { isFiltered, NO_FILTER, TidbitFilters, toTidbitFilter, type LibraryFilter } from './TidbitFilters.tsx';
import { UndoToast } from '../components/UndoToast.tsx';
import { useLibraryActions } from './use-library-actions.ts';
import { undoShortcut, useFocusRequests } from './use-library-focus.ts';
import { useTidbitLibrary } from './use-tidbit-library.ts';

interface Props {
  /** The interview shown in the popup; absent in the dashboard, which shows every tidbit. */
  interviewId?: Id | null;
  /**
   * The id of the heading the page already gives the library (the dashboard's
   * section heading, the popup section's summary). Without it the library
   * shows a heading of its own.
   */
  headingId?: string;
}

/**
 * The tidbit library, in two sizes:
 * - in the popup, for the interview shown (`interviewId` given): its tidbits,
 *   newest first, a few at a time, and a link to the full library;
 * - in the dashboard (no `interviewId`): every tidbit, with search, filters by
 *   interview and topic, the newest FIRST_PAGE shown before all are read, and
 *   drawn a hundred at a time so 10,000 stay quick.
 * In both, each tidbit can be edited, moved or deleted, with Undo, and the
 * focus always lands somewhere sensible after a tidbit leaves the list.
 */
export function TidbitLibrary({ interviewId = null, headingId: givenHeading }: Props) {
  const compact = interviewId !== null;
  // The dashboard's first page is shown at once, before all the tidbits are read.
  const { load, patch } = useTidbitLibrary(interviewId, compact ? 0 : FIRST_PAGE);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const pageSize = compact ? PAGE_SIZE.popup : PAGE_SIZE.library;
  const [limit, setLimit] = useState<number>(pageSize);
  const rootRef = useRef<HTMLDivElement>(null);
  const ownHeading = !givenHeading;
  const headingId = givenHeading ?? (compact ? 'popup-tidbits-heading' : 'library-heading');

  const data = load.state === 'ready' ? load.data : null;
  const locale = uiLanguage();
  const labels = useMemo(() => interviewLabels(data?.interviews ?? [], locale), [data?.interviews, locale]);
  const choices = useMemo(() => (data?.interviews ?? []).map((i) => ({ id: i.id, label: labels.get(i.id) ?? i.company })), [data?.interviews, labels]);
  const shown = useMemo(
    () => searchTidbits(data?.tidbits ?? [], compact ? { interviewId } : toTidbitFilter(filter)),
    [data?.tidbits, compact, interviewId, filter],
  );
  const topics = useMemo(() => (compact ? [] : topicChoices(data?.tidbits ?? [], filter.topic)), [compact, data?.tidbits, filter.topic]);
  const visible = shown.slice(0, limit);

  const actions = useLibraryActions({ visible, patch, labels });

  useFocusRequests(rootRef, headingId, actions.focus, () => actions.setFocus(null));

  const changeFilter = (next: LibraryFilter) => {
    setFilter(next);
    setLimit(pageSize);
  };
  const showMore = () => {
    const first = shown[limit];
    setLimit(limit + pageSize);
    if (first) actions.setFocus([{ id: first.id, part: 'item' }]);
  };
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);

  return (
    // Inside the dashboard's own section the library is part of it, not a region of its own.
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-labelledby is set only with role="region".
    <div
      class={compact ? 'library library--compact' : 'library'}
      role={ownHeading ? 'region' : undefined}
      aria-labelledby={ownHeading ? headingId : undefined}
      ref={rootRef}
      onKeyDown={undoShortcut(actions.toast?.undo)}
    >
      {(ownHeading || compact) && (
        <div class="section-head">
          {ownHeading && (
            <h2 id={headingId} tabIndex={-1}>
              {compact ? t('libraryHeadingCount', number(shown.length)) : t('libraryAllHeading')}
            </h2>
          )}
          {compact && (
            <a
              href={dashboardUrl('tidbits')}
              target="_blank"
              rel="noopener noreferrer"
              data-action="open-library"
              onClick={(e) => {
                e.preventDefault();
                void openDashboardFromPopup('tidbits');
              }}
            >
              {t('libraryOpenAll')}
            </a>
          )}
        </div>
      )}
      {!compact && <p class="muted">{t('libraryIntro')}</p>}
      {/* Early in the tab order, so Undo is a few keys away from the list; shown at the bottom of the window. */}
      <UndoToast offer={actions.toast} onDone={actions.closeToast} />
      {load.state === 'failed' && <p role="alert">{errorText(load.error)}</p>}
      {load.state === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {data && !compact && data.tidbits.length > 0 && (
        <>
          <TidbitFilters filter={filter} interviews={choices} topics={topics} onChange={changeFilter} />
          <p class="muted library-count" aria-live="polite">
            {data.complete ? t('libraryShowing', [number(visible.length), number(shown.length)]) : t('libraryLoadingRest', number(visible.length))}
          </p>
        </>
      )}
      {data && shown.length === 0 && (
        <div class="empty-state library-empty">
          {isFiltered(filter) && !compact && data.tidbits.length > 0 ? (
            <>
              <p>{t('libraryNoMatch')}</p>
              <button type="button" class="button" data-action="clear-filters" onClick={() => changeFilter(NO_FILTER)}>
                {t('libraryClearFilters')}
              </button>
            </>
          ) : (
            <>
              {/* Under the popup section's heading (a level 3) or the library's (a level 2). */}
              {compact && !ownHeading ? <h4>{t('libraryEmptyForInterviewTitle')}</h4> : <h3>{compact ? t('libraryEmptyForInterviewTitle') : t('libraryEmptyTitle')}</h3>}
              <p>{t('libraryEmptyBody')}</p>
            </>
          )}
        </div>
      )}
      {data && visible.length > 0 && (
        <LibraryList
          tidbits={visible}
          sentTo={data.sentTo}
          labels={compact ? null : labels}
          interviews={choices}
          actions={actions}
        />
      )}
      {shown.length > visible.length && (
        <button type="button" class="button library-more" data-action="show-more" onClick={showMore}>
          {t('libraryShowMore')}
        </button>
      )}
    </div>
  );
}

