// Topic chips are toggle buttons, so their state is read out as "pressed".
import type { TidbitFilter } from '../../core/tidbits/library.ts';
import { fold } from '../../core/tidbits/words.ts';
import type { Id } from '../../core/types.ts';
import { Field } from '../form.tsx';
import { t } from '../../i18n.ts';

export interface LibraryFilter {
  words: string;
  /** '' for every interview, 'none' for tidbits saved for no interview, else an interview's id. */
  interview: '' | 'none' | Id;
  topic: string | null;
}

export const NO_FILTER: LibraryFilter = { words: '', interview: '', topic: null };

export function isFiltered(filter: LibraryFilter): boolean {
  return filter.words.trim() !== '' || filter.interview !== '' || filter.topic !== null;
}

/** The filter in the domain's terms (core/tidbits/library.ts). */
export function toTidbitFilter(filter: LibraryFilter): TidbitFilter {
  return { words: filter.words, interviewId: filter.interview || null, topic: filter.topic };
}

interface Props {
  filter: LibraryFilter;
  interviews: readonly { id: Id; label: string }[];
  topics: readonly string[];
  onChange: (filter: LibraryFilter) => void;
}

export function TidbitFilters({ filter, interviews, topics, onChange }: Props) {
  const selected = filter.topic === null ? null : fold(filter.topic);
  return (
    <div class="library-filters" role="search">
      <div class="field-row">
        <Field id="library-search" label={t('librarySearch')} hint={t('librarySearchHint')}>
          {(describedBy) => (
            <input
              id="library-search"
              type="search"
              value={filter.words}
              aria-describedby={describedBy}
              onInput={(e) => onChange({ ...filter, words: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field id="library-interview" label={t('libraryFilterInterview')}>
          {() => (
            <select id="library-interview" value={filter.interview} onChange={(e) => onChange({ ...filter, interview: e.currentTarget.value })}>
              <option value="">{t('libraryAllInterviews')}</option>
              <option value="none">{t('libraryNoInterview')}</option>
              {interviews.map((interview) => (
                <option key={interview.id} value={interview.id}>
                  {interview.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {topics.length > 0 && (
        <div class="topic-picks library-topics" role="group" aria-labelledby="library-topics-label">
          <span class="topic-picks__label" id="library-topics-label">
            {t('libraryFilterTopic')}
          </span>
          <button type="button" class="chip" aria-pressed={selected === null} onClick={() => onChange({ ...filter, topic: null })}>
            {t('libraryAnyTopic')}
          </button>
          {topics.map((topic) => {
            const pressed = fold(topic) === selected;
            return (
              <button type="button" class="chip" key={topic} aria-pressed={pressed} onClick={() => onChange({ ...filter, topic: pressed ? null : topic })}>
                {topic}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
