import { useCallback, useMemo, useState } from 'preact/hooks';
import type { InterviewStatus } from '../../core/types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { InterviewForm } from '../components/InterviewForm.tsx';
import { statusLabel } from '../format.ts';
import { errorText, formatCount, t } from '../../i18n.ts';
import { removeInterview, undoRemoveInterview } from '../interview-actions.ts';
import { changeStatus } from './dashboard-actions.ts';
import { FilterBar } from './FilterBar.tsx';
import { countByStatus, filterEntries, type DashboardEntry, type DashboardFilter } from './dashboard-index.ts';
import { InterviewCard } from './InterviewCard.tsx';
import { UndoToast, type UndoOffer } from '../components/UndoToast.tsx';
import { useIncremental } from './use-incremental.ts';
import type { DashboardState } from './use-dashboard-data.ts';

/** @internal exported for its tests */
export const CARDS_PER_PAGE = 40;


export function InterviewsSection({ state }: { state: DashboardState }) {
  const { entries, error, reload, data } = state;
  const [filter, setFilter] = useState<DashboardFilter>({ status: 'all', query: '' });
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');
  // "Today" on the timelines moves when the data is read again, not on every keystroke.
  const now = useMemo(() => Date.now(), [entries]);
  const counts = useMemo(() => countByStatus(entries), [entries]);
  const visible = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const pages = useIncremental(visible.length, CARDS_PER_PAGE, filter);

  const run = useCallback(
    async (write: () => Promise<void>) => {
      setFailure('');
      try {
        await write();
      } catch (e) {
        setFailure(errorText(e));
      }
      reload();
    },
    [reload],
  );

  const onStatus = useCallback(
    (entry: DashboardEntry, status: InterviewStatus) =>
      void run(async () => {
        await changeStatus(entry.interview.id, status);
        setNotice(t('dashStatusChanged', [entry.interview.company, statusLabel(status)]));
      }),
    [run],
  );
  const onDelete = useCallback(
    (entry: DashboardEntry) =>
      void run(async () => {
        const deleted = await removeInterview(entry.interview.id);
        if (!deleted) return;
        setOffer({
          message: t('deletedInterview', entry.interview.company),
          undo: () => run(() => undoRemoveInterview(deleted)),
        });
      }),
    [run],
  );
  const onEdit = useCallback((entry: DashboardEntry) => setEditing({ id: entry.interview.id }), []);
  const saved = () => {
    setEditing(null);
    reload();
  };

  return (
    <section id="interviews" class="dash-section" aria-labelledby="interviews-heading">
      <div class="section-head">
        <h2 id="interviews-heading">{t('interviewsHeading')}</h2>
        <button type="button" class="button button--primary" data-action="add-interview" onClick={() => setEditing({ id: null })}>
          {t('addInterview')}
        </button>
      </div>
      {editing?.id === null && <InterviewForm interview={null} onSaved={saved} onCancel={() => setEditing(null)} />}
      {error && <p role="alert">{errorText(error)}</p>}
      {failure && <p role="alert">{failure}</p>}
      {!data && !error && <p aria-busy="true">{t('loading')}</p>}
      {data && entries.length === 0 && editing === null && (
        <EmptyState title={t('emptyInterviewsTitle')}>
          <p>{t('emptyInterviewsBody')}</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <>
          <FilterBar filter={filter} counts={counts} shown={visible.length} onChange={setFilter} />
          <ul class="card-list" aria-label={t('interviewsHeading')}>
            {visible.slice(0, pages.shown).map((entry) => (
              <li key={entry.interview.id}>
                {editing?.id === entry.interview.id ? (
                  <InterviewForm interview={entry.interview} onSaved={saved} onCancel={() => setEditing(null)} />
                ) : (
                  <InterviewCard entry={entry} now={now} onStatus={onStatus} onEdit={onEdit} onDelete={onDelete} onReload={reload} />
                )}
              </li>
            ))}
          </ul>
          {pages.remaining > 0 && (
            <div class="show-more" ref={pages.sentinel}>
              <button type="button" class="button" data-action="show-more" onClick={pages.showMore}>
                {t('dashShowMore', formatCount(Math.min(pages.remaining, CARDS_PER_PAGE)))}
              </button>
            </div>
          )}
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {notice}
      </p>
      <UndoToast offer={offer} onDone={() => setOffer(null)} />
    </section>
  );
}

