import { useEffect, useRef, useState } from 'preact/hooks';
import type { TidbitEdit } from '../../core/tidbits/edit.ts';
import { LIMITS } from '../../core/text.ts';
import type { Id, Tidbit } from '../../core/types.ts';
import { Field, FormActions } from '../form.tsx';
import { t } from '../../i18n.ts';
import { parseTopicList, topicListText } from './library-view.ts';

interface Props {
  tidbit: Tidbit;
  /** The interviews it can be moved to, with their labels, most recent first. */
  interviews: readonly { id: Id; label: string }[];
  busy: boolean;
  onSave: (edit: TidbitEdit) => void;
  onCancel: () => void;
}

const NONE = '';

/** Edits a tidbit in place: title, topics as a comma list, and its interview (moving it there). The focus starts on the title; Escape cancels; the domain cleans what is typed on saving. */
export function TidbitEditor({ tidbit, interviews, busy, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(tidbit.title);
  const [topics, setTopics] = useState(topicListText(tidbit.topics));
  const initialInterview = tidbit.interviewId ?? NONE;
  const [interviewId, setInterviewId] = useState(initialInterview);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const id = `tidbit-edit-${tidbit.id}`;
  const submit = (e: Event) => {
    e.preventDefault();
    // The interview is sent only when it was changed: a tidbit whose interview
    // is missing from the list must not be moved by saving a new title.
    const moved = interviewId !== initialInterview;
    onSave({ title, topics: parseTopicList(topics), ...(moved ? { interviewId: interviewId === NONE ? null : interviewId } : {}) });
  };

  return (
    <form
      class="library-editor"
      aria-label={t('libraryEditHeading')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <Field id={`${id}-title`} label={t('libraryFieldTitle')}>
        {() => <input id={`${id}-title`} ref={titleRef} value={title} maxLength={LIMITS.title} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <Field id={`${id}-topics`} label={t('libraryFieldTopics')} hint={t('libraryFieldTopicsHint')}>
        {(describedBy) => <input id={`${id}-topics`} value={topics} aria-describedby={describedBy} onInput={(e) => setTopics(e.currentTarget.value)} />}
      </Field>
      <Field id={`${id}-interview`} label={t('libraryFieldInterview')}>
        {() => (
          <select id={`${id}-interview`} value={interviewId} onChange={(e) => setInterviewId(e.currentTarget.value)}>
            <option value={NONE}>{t('libraryNoInterview')}</option>
            {interviews.map((interview) => (
              <option key={interview.id} value={interview.id}>
                {interview.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
