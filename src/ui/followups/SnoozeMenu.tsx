/**
 * "Snooze" as a menu button (the WAI-ARIA menu button pattern): Enter, Space
 * or the arrow keys open it on a choice, the arrows, Home and End move between
 * the choices, Enter picks one, Escape closes it and returns to the button,
 * and Tab or a click elsewhere closes it. Each choice says when the touch comes
 * back, so nobody has to guess what "later today" means at 17:30.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SNOOZE_CHOICES, type SnoozeChoice } from '../../core/cadence/touch-actions.ts';
import { t } from '../i18n.ts';

interface Props {
  /** Unique on the page; names the menu's elements. */
  id: string;
  /** The id of the text that says which touch this is, for the button's description. */
  describedBy: string;
  /** The label of each choice, with its time: "Tomorrow (Wed 9:00 AM)". */
  labelOf: (choice: SnoozeChoice) => string;
  onChoose: (choice: SnoozeChoice) => void;
  disabled?: boolean;
}

export function SnoozeMenu({ id, describedBy, labelOf, onChoose, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = `${id}-menu`;

  useLayoutEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[focusIndex]?.focus();
  }, [open, focusIndex]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const last = SNOOZE_CHOICES.length - 1;

  const onButtonKey = (event: KeyboardEvent) => {
    // Enter and Space click the button, which opens the menu on its first choice.
    if (event.key === 'ArrowDown') openAt(0);
    else if (event.key === 'ArrowUp') openAt(last);
    else return;
    event.preventDefault();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) setFocusIndex(moves[event.key]!);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !(event.currentTarget as HTMLElement).contains(next)) setOpen(false);
  };

  return (
    <div class="snooze-menu" onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        data-action="snooze"
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('dueSnooze')}
      </button>
      {open && (
        <ul ref={menu} role="menu" id={menuId} class="snooze-menu__list" aria-labelledby={`${id}-button`} onKeyDown={onMenuKey}>
          {SNOOZE_CHOICES.map((choice, index) => (
            <li role="none" key={choice}>
              <button
                type="button"
                role="menuitem"
                tabIndex={index === focusIndex ? 0 : -1}
                data-snooze={choice}
                onClick={() => {
                  close(false);
                  onChoose(choice);
                }}
              >
                {labelOf(choice)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
