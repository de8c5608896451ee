import { useRef, useState } from 'preact/hooks';
import type { Interview } from '../core/types.ts';
import { t } from '../i18n.ts';
import { lazyView } from '../ui/lazy.tsx';

// Its list and search are loaded when it is opened.
const SwitchPanel = lazyView(() => import('./SwitchPanel.tsx').then((m) => m.SwitchPanel));

export interface Props {
  /** The interview shown now: not offered again. */
  currentId: string | null;
  onOpen: (interview: Interview) => void;
}

/**
 * A search box over the other interviews (a combobox): typing filters by
 * company and role, the arrow keys move through the matches, Enter opens one
 * and the popup moves the keyboard to it; Escape closes it and returns to the button.
 */
export function Switcher({ currentId, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div class="switcher">
      <button
        type="button"
        class="button"
        ref={button}
        data-action="switch-interview"
        aria-expanded={open}
        aria-controls={open ? 'switch-panel' : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('switchInterview')}
      </button>
      {open && (
        <SwitchPanel
          currentId={currentId}
          onClose={close}
          onOpen={(interview) => {
            setOpen(false);
            onOpen(interview);
          }}
        />
      )}
    </div>
  );
}
