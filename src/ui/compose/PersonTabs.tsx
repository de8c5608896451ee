/**
 * One tab per interviewer, following the ARIA tabs pattern: one tab in the
 * tab order at a time, arrow keys (and Home, End) move between them and open
 * the note, Enter and Space work as on any button.
 */
import type { Id } from '../../core/types.ts';
import { t } from '../i18n.ts';

export interface PersonTab {
  id: Id;
  name: string;
  sent: boolean;
}

interface Props {
  tabs: readonly PersonTab[];
  active: Id | null;
  panelId: string;
  onOpen: (id: Id) => void;
}

export function tabId(id: Id): string {
  return `compose-tab-${id}`;
}

export function PersonTabs({ tabs, active, panelId, onOpen }: Props) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = to === null ? undefined : tabs[to];
    if (!tab) return;
    event.preventDefault();
    onOpen(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <div class="person-tabs" role="tablist" aria-label={t('interviewersHeading')}>
      {tabs.map((tab, index) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            class="person-tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onOpen(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.name}
            {tab.sent && <span class="person-tab__sent"> · {t('composeTabSent')}</span>}
          </button>
        );
      })}
    </div>
  );
}
