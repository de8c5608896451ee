// Everything in a tidbit came from a web page: it is rendered as text, and its link (http(s) only) opens in a new tab without telling the page who opened it.
import type { TidbitEdit } from '../../core/tidbits/edit.ts';
import type { Id, Tidbit } from '../../core/types.ts';
import { savedText } from '../format.ts';
import { t } from '../../i18n.ts';
import { hostOf, safeHref } from './library-view.ts';
import { TidbitEditor } from './TidbitEditor.tsx';

interface Props {
  tidbit: Tidbit;
  /** The people it was sent to, in the order they received it; null while still being read. */
  sentTo: readonly string[] | null;
  /** Shown in the full library, where tidbits of every interview are mixed; null in the popup. */
  interviewLabel: string | null;
  interviews: readonly { id: Id; label: string }[];
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onCancel: () => void;
  onSave: (edit: TidbitEdit) => void;
  onDelete: () => void;
}

export function TidbitItem({ tidbit, sentTo, interviewLabel, interviews, editing, busy, onEdit, onCancel, onSave, onDelete }: Props) {
  const titleId = `tidbit-${tidbit.id}`;
  const href = safeHref(tidbit.url);
  const foundOn = tidbit.foundOn && tidbit.foundOn !== tidbit.url ? safeHref(tidbit.foundOn) : '';
  return (
    <li class="library-item" data-tidbit={tidbit.id} tabIndex={-1} aria-labelledby={titleId}>
      <h3 class="library-item__title" id={titleId}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {tidbit.title}
          </a>
        ) : (
          tidbit.title
        )}
      </h3>
      <p class="library-item__meta">
        {hostOf(tidbit.url) && <span class="library-item__host">{hostOf(tidbit.url)}</span>}
        {foundOn && (
          <span class="library-item__found">
            {t('libraryFoundOn')}{' '}
            <a href={foundOn} target="_blank" rel="noopener noreferrer">
              {hostOf(foundOn)}
            </a>
          </span>
        )}
        <span>{savedText(tidbit.savedAt, Date.now())}</span>
        {interviewLabel !== null && <span class="library-item__interview">{interviewLabel}</span>}
      </p>
      {tidbit.excerpt && <p class="library-item__excerpt">{tidbit.excerpt}</p>}
      {tidbit.topics.length > 0 && (
        <ul class="library-item__topics" aria-label={t('libraryTopics')}>
          {tidbit.topics.map((topic, index) => (
            <li key={`${index}:${topic}`} class="library-tag">
              {topic}
            </li>
          ))}
        </ul>
      )}
      {/* While whom it went to is read (a moment after the dashboard's first page is drawn), its line is kept, empty, so nothing moves when it is filled. */}
      <p class={sentTo && sentTo.length > 0 ? 'library-item__sent library-item__sent--yes' : 'library-item__sent'}>
        {sentTo === null ? '\u00a0' : sentTo.length > 0 ? t('librarySentTo', sentTo.join(', ')) : t('libraryNotSent')}
      </p>
      {editing ? (
        <TidbitEditor tidbit={tidbit} interviews={interviews} busy={busy} onSave={onSave} onCancel={onCancel} />
      ) : (
        <div class="actions library-item__actions">
          <button type="button" class="link-button" data-action="edit-tidbit" aria-label={t('libraryEditNamed', tidbit.title)} onClick={onEdit}>
            {t('edit')}
          </button>
          <button
            type="button"
            class="link-button library-item__delete"
            data-action="delete-tidbit"
            aria-label={t('libraryDeleteNamed', tidbit.title)}
            disabled={busy}
            onClick={onDelete}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
