/** The switcher's search box and list, loaded when the switcher opens (Switcher.tsx). */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Interview } from '../core/types.ts';
import { formatDay, statusLabel } from '../ui/format.ts';
import { errorText, formatCount, t } from '../i18n.ts';
import { useInterviews } from '../ui/use-interviews.ts';
import type { Props } from './Switcher.tsx';

/** The list shows this many matches at most; typing narrows the rest. */
const SHOWN_MAX = 50;

/** What an interview is called in the list, and what typing is matched against. */
function optionText(interview: Interview): string {
  return [interview.company, interview.role].filter(Boolean).join(' · ');
}

export function SwitchPanel({ currentId, onOpen, onClose }: Props & { onClose: () => void }) {
  const all = useInterviews();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);

  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return (all.value ?? []).filter((interview) => {
      if (interview.id === currentId) return false;
      const text = optionText(interview).toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [all.value, query, currentId]);
  const shown = matches.slice(0, SHOWN_MAX);
  const activeIndex = Math.min(active, shown.length - 1);

  // The active option stays in sight as the arrow keys move it.
  useLayoutEffect(() => {
    document.getElementById(`switch-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(shown.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[activeIndex];
      if (chosen) onOpen(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div class="switcher__panel" id="switch-panel">
      <label for="switch-search" class="switcher__label">
        {t('switchSearchLabel')}
      </label>
      <input
        id="switch-search"
        ref={input}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-expanded="true"
        aria-controls="switch-list"
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? `switch-option-${activeIndex}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {all.error && <p role="alert">{errorText(all.error)}</p>}
      {!all.value && !all.error && <p aria-busy="true">{t('loading')}</p>}
      {/* biome-ignore lint/a11y: the ARIA combobox pattern: the search box keeps the focus and the keyboard (aria-activedescendant), the list's options are chosen from it. */}
      <ul id="switch-list" role="listbox" aria-label={t('interviewsHeading')} class="switcher__list">
        {shown.map((interview, index) => (
          // biome-ignore lint/a11y: an option of the combobox above; the search box handles the keys.
          <li
            key={interview.id}
            id={`switch-option-${index}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox, as the pattern has it.
            role="option"
            aria-selected={index === activeIndex}
            data-interview={interview.id}
            data-company={interview.company}
            class="switcher__option"
            // The search box keeps the focus; a click chooses like Enter.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpen(interview)}
          >
            <span class="switcher__name">{optionText(interview)}</span>
            {/* The day and round tell apart two interviews at the same company for the same role. */}
            <span class="muted switcher__meta">
              {formatDay(interview.start)} · {t('roundLabel', formatCount(interview.round))} · {statusLabel(interview.status)}
            </span>
          </li>
        ))}
      </ul>
      {all.value && (
        <p class="muted switcher__count" role="status">
          {matches.length === 0
            ? t('switchNoMatch')
            : matches.length > shown.length
              ? t('switchMore', [formatCount(shown.length), formatCount(matches.length)])
              : ''}
        </p>
      )}
    </div>
  );
}
