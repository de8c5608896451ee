import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface MenuChoice<K extends string> {
  key: K;
  label: string;
  /** Extra attributes of the choice's element (a data-href the suites read, say). */
  attributes?: Record<string, string>;
}

interface Props<K extends string> {
  /** Unique on the page; names the menu's elements. */
  id: string;
  label: string;
  choices: readonly MenuChoice<K>[];
  onChoose: (key: K) => void;
  /** The button's data-action, and the attribute that names each choice (`data-snooze="tomorrow"`). */
  action: string;
  choiceAttribute: string;
  describedBy?: string | undefined;
  disabled?: boolean;
  /** Opens above the button, for a button at the bottom of the screen. */
  above?: boolean;
  buttonClass?: string;
}

/**
 * A button that opens a short menu of choices (the WAI-ARIA menu button
 * pattern): Enter, Space or the arrow keys open it on a choice, the arrows,
 * Home and End move between the choices, Enter picks one, Escape closes it and
 * returns to the button, and Tab or a click elsewhere closes it. Used for
 * "Snooze" in the due list and "Outlook" in the composer's send bar.
 */
export function MenuButton<K extends string>({ id, label, choices, onChoose, action, choiceAttribute, describedBy, disabled, above, buttonClass = 'button' }: Props<K>) {
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
  const last = choices.length - 1;

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
    <div class="menu-button" onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class={buttonClass}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        data-action={action}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {open && (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu button pattern, focus managed here.
        <ul ref={menu} role="menu" id={menuId} class={above ? 'menu-button__list menu-button__list--above' : 'menu-button__list'} aria-labelledby={`${id}-button`} onKeyDown={onMenuKey}>
          {choices.map((choice, index) => {
            const attributes = { [choiceAttribute]: choice.key, ...choice.attributes } as Record<string, string>;
            return (
              <li role="none" key={choice.key}>
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={index === focusIndex ? 0 : -1}
                  {...attributes}
                  onClick={() => {
                    close(false);
                    onChoose(choice.key);
                  }}
                >
                  {choice.label}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
