/** The tidbits on screen, each with its editor when it is being edited (one at a time). */
import type { Id, Tidbit } from '../../core/types.ts';
import { t } from '../../i18n.ts';
import { TidbitItem } from './TidbitItem.tsx';
import type { LibraryActions } from './use-library-actions.ts';

interface Props {
  tidbits: readonly Tidbit[];
  /** Null while whom they went to is still being read. */
  sentTo: ReadonlyMap<Id, readonly string[]> | null;
  /** Interview labels, to say which interview each tidbit is for; null when all are for the same one. */
  labels: ReadonlyMap<Id, string> | null;
  interviews: readonly { id: Id; label: string }[];
  actions: LibraryActions;
}

const NOBODY: readonly string[] = [];

export function LibraryList({ tidbits, sentTo, labels, interviews, actions }: Props) {
  return (
    <ul class="library-list">
      {tidbits.map((tidbit) => (
        <TidbitItem
          key={tidbit.id}
          tidbit={tidbit}
          sentTo={sentTo ? (sentTo.get(tidbit.id) ?? NOBODY) : null}
          interviewLabel={labels ? forInterview(tidbit, labels) : null}
          interviews={interviews}
          editing={actions.editingId === tidbit.id}
          busy={actions.busy}
          onEdit={() => actions.edit(tidbit.id)}
          onCancel={() => actions.cancel(tidbit.id)}
          onSave={(edit) => actions.save(tidbit, edit)}
          onDelete={() => actions.remove(tidbit)}
        />
      ))}
    </ul>
  );
}

function forInterview(tidbit: Tidbit, labels: ReadonlyMap<Id, string>): string {
  const label = tidbit.interviewId ? labels.get(tidbit.interviewId) : undefined;
  return label ? t('libraryForInterview', label) : t('libraryNoInterview');
}
