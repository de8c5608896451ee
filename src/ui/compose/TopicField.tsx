/**
 * The one thing from the conversation the note recalls. What was jotted
 * after the interview is offered as one-click picks, this person's notes
 * first; the field stays free to type in.
 */
import { LIMITS } from '../../core/text.ts';
import { t } from '../i18n.ts';
import type { TopicPicks } from './topic-picks.ts';

interface Props {
  id: string;
  value: string;
  picks: TopicPicks;
  personName: string;
  /** Ids of the problems about {{topic}}, for aria-describedby. */
  problemIds: string | undefined;
  onChange: (topic: string) => void;
}

export function TopicField({ id, value, picks, personName, problemIds, onChange }: Props) {
  const groups = [
    { key: 'person', label: t('composeTopicFromPerson', personName), items: picks.person },
    { key: 'interview', label: t('composeTopicFromInterview'), items: picks.interview },
  ].filter((group) => group.items.length > 0);
  return (
    <div class={problemIds ? 'field field--invalid' : 'field'}>
      <label for={id}>{t('composeTopic')}</label>
      <input
        id={id}
        value={value}
        maxLength={LIMITS.line}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={Boolean(problemIds)}
        aria-describedby={[`${id}-hint`, problemIds].filter(Boolean).join(' ')}
      />
      <p class="field__hint" id={`${id}-hint`}>
        {t('composeTopicHint')}
      </p>
      {groups.map((group) => (
        <div class="topic-picks" role="group" aria-labelledby={`${id}-${group.key}`} key={group.key}>
          <span class="topic-picks__label" id={`${id}-${group.key}`}>
            {group.label}
          </span>
          {group.items.map((item) => (
            <button type="button" class="chip" key={item} aria-pressed={item === value} onClick={() => onChange(item)}>
              {item}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
