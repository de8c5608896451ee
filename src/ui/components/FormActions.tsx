/** The foot of a form that saves or is cancelled: the primary submit (off while it saves) and Cancel. */
import { t } from '../../i18n.ts';

interface Props {
  /** The save is running: the submit is disabled. */
  busy?: boolean;
  /** The submit's `data-action`, for the pages' tests to find it. */
  action?: string;
  /** The submit's words; "Save" unless given. */
  label?: string;
  onCancel: () => void;
}

export function FormActions({ busy = false, action, label = t('save'), onCancel }: Props) {
  return (
    <div class="actions">
      <button type="submit" class="button button--primary" data-action={action} disabled={busy}>
        {label}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
