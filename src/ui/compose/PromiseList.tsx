import { useCallback } from 'preact/hooks';
import { openPromises, promisesOf } from '../../core/compose/promises.ts';
import type { Id, Tidbit } from '../../core/types.ts';
import { listLinkedContacts } from '../../db/links.ts';
import { getInterview } from '../../db/interviews.ts';
import { getTidbit } from '../../db/tidbits.ts';
import { listTouchesFor } from '../../db/touches.ts';
import { formatCount, t } from '../../i18n.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { useLoaded } from '../use-loaded.ts';

/**
 * What the candidate promised in an interview and has not sent yet ("Priya
 * Raman: the article on on-call rotations"), below the interview in the popup,
 * loaded after it opens; nothing when every promise is kept.
 */
export function PromiseList({ interviewId }: { interviewId: Id }) {
  const promises = useLoaded(
    async (d) => {
      const [interview, people, touches] = await Promise.all([getInterview(d, interviewId), listLinkedContacts(d, interviewId), listTouchesFor(d, interviewId)]);
      if (!interview) return [];
      // Only the tidbits that went out can have kept a promise.
      const sentIds = [...new Set(touches.flatMap((touch) => (touch.status === 'sent' && touch.tidbitId ? [touch.tidbitId] : [])))];
      const tidbits = (await Promise.all(sentIds.map((id) => getTidbit(d, id)))).filter((tidbit): tidbit is Tidbit => tidbit !== undefined);
      const names = new Map(people.map(({ contact }) => [contact.id, contact.name || contact.email]));
      const notes = people.map(({ contact, link }) => ({ contactId: contact.id, name: contact.name, notes: link.notes }));
      return openPromises(promisesOf({ people: notes, interviewNotes: interview.notes }), touches, tidbits).map((promise) => ({
        line: promise.line,
        text: promise.contactId ? t('promiseTo', [names.get(promise.contactId) ?? '', promise.thing]) : t('promiseToNobody', promise.thing),
      }));
    },
    [interviewId],
  );
  const reload = useCallback(() => promises.reload(), [promises.reload]);
  useBroadcast('touchesChanged', reload);
  if (!promises.value || promises.value.length === 0) return null;
  return (
    <section class="promise-list" aria-labelledby="promise-list-heading">
      <h3 id="promise-list-heading">{t('promisesHeading', formatCount(promises.value.length))}</h3>
      <ul>
        {promises.value.map((promise) => (
          <li key={promise.line}>{promise.text}</li>
        ))}
      </ul>
    </section>
  );
}
