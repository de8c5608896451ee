import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { InterviewStatus } from '../../core/types.ts';
import { CompanyDetails } from '../components/CompanyDetails.tsx';
import { formatWhen, STATUS_OPTIONS, statusLabel } from '../format.ts';
import { formatCount, t } from '../../i18n.ts';
import { CardNotes } from './CardNotes.tsx';
import type { DashboardEntry } from './dashboard-index.ts';
import { Timeline } from './Timeline.tsx';
import { timelineSteps } from './timeline.ts';

interface Props {
  entry: DashboardEntry;
  now: number;
  onStatus: (entry: DashboardEntry, status: InterviewStatus) => void;
  onEdit: (entry: DashboardEntry) => void;
  onDelete: (entry: DashboardEntry) => void;
  /** Something the card wrote itself (notes, a person) should be read back. */
  onReload: () => void;
}

function InterviewCardView({ entry, now, onStatus, onEdit, onDelete, onReload }: Props) {
  const { interview, people } = entry;
  const [notesOpen, setNotesOpen] = useState(false);
  const id = interview.id;
  const headingId = `card-${id}`;
  const names = new Map(people.map(({ contact }) => [contact.id, contact.name || contact.email]));
  const steps = timelineSteps(interview, entry.touches, (contactId) => names.get(contactId) ?? '', now);
  const toggleNotes = () => {
    // Notes typed in the card are in the database already; reading back on close
    // brings them into the search.
    if (notesOpen) onReload();
    setNotesOpen(!notesOpen);
  };

  return (
    <article class="interview-card" aria-labelledby={headingId} data-interview={id}>
      <div class="interview-card__head">
        <h3 id={headingId} class="interview-card__company interview-item__company">
          {interview.company}
        </h3>
        <span class={`status status--${interview.status}`}>{statusLabel(interview.status)}</span>
      </div>
      <p class="interview-card__meta">
        {interview.role && <span class="interview-item__role">{interview.role}</span>}
        {interview.role && ' · '}
        <span>{t('roundLabel', formatCount(interview.round))}</span>
        {' · '}
        <span>{formatWhen(interview)}</span>
      </p>
      <CompanyDetails interview={interview} />
      {people.length > 0 ? (
        <ul class="interview-card__people" aria-label={t('interviewersHeading')}>
          {people.map(({ link, contact }) => (
            <li key={link.id}>
              <span class="interview-card__person">{contact.name || contact.email}</span>
              {contact.title && <span class="muted"> · {contact.title}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted interview-card__people">{t('dashNoInterviewers')}</p>
      )}
      <Timeline steps={steps} now={now} label={t('timelineLabel', interview.company)} />
      <div class="interview-card__actions">
        <div class="interview-card__status">
          <label for={`status-${id}`}>{t('fieldStatus')}</label>
          <select id={`status-${id}`} value={interview.status} onChange={(e) => onStatus(entry, (e.currentTarget as HTMLSelectElement).value as InterviewStatus)}>
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label()}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button" aria-expanded={notesOpen} aria-controls={`card-notes-${id}`} aria-describedby={headingId} data-action="notes" onClick={toggleNotes}>
          {t('dashNotes')}
        </button>
        <button type="button" class="button" aria-describedby={headingId} data-action="edit" onClick={() => onEdit(entry)}>
          {t('edit')}
        </button>
        <button type="button" class="button button--danger" aria-describedby={headingId} data-action="delete" onClick={() => onDelete(entry)}>
          {t('delete')}
        </button>
      </div>
      {notesOpen && <CardNotes entry={entry} id={`card-notes-${id}`} onPeopleChanged={onReload} />}
    </article>
  );
}

/**
 * Renders again only when its props change: with hundreds of cards on screen, a
 * keystroke in the search box then costs the list, not every card. preact/compat's
 * memo would do this, but importing compat changes how every page's `onChange`
 * behaves; a class with shouldComponentUpdate does not.
 */
export class InterviewCard extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return (Object.keys(next) as (keyof Props)[]).some((key) => next[key] !== this.props[key]);
  }

  override render() {
    return <InterviewCardView {...this.props} />;
  }
}
