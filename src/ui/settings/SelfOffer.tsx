import { useState } from 'preact/hooks';
import type { LinkedContact } from '../../db/links.ts';
import type { Db } from '../../db/open.ts';
import { linksOfAddresses } from '../../db/people.ts';
import { UndoToast, type UndoOffer } from '../components/UndoToast.tsx';
import { interviewChoiceLabel } from '../format.ts';
import { errorText, formatCount, t, uiLanguage } from '../../i18n.ts';
import { takeOffInterview, undoTakeOff } from '../people-actions.ts';
import { useLoaded } from '../use-loaded.ts';

export interface SelfOfferData {
  /** Where the addresses were filed as an interviewer. */
  links: LinkedContact[];
  /** Those interviews, named as the pickers name them. */
  labels: string[];
}

/** What the offer is about; none of `links` when there is nothing to take off. */
export async function readSelfOffer(d: Db, emails: readonly string[]): Promise<SelfOfferData> {
  const links = await linksOfAddresses(d, emails);
  const interviews = await Promise.all([...new Set(links.map((l) => l.link.interviewId))].map((id) => d.get('interviews', id)));
  return { links, labels: interviews.flatMap((i) => (i ? [interviewChoiceLabel(i)] : [])) };
}

/**
 * Offers, once, to take the candidate off the interviews where one of their
 * addresses (just added to the settings, or said "this is me" in a review) was
 * filed as an interviewer; their planned messages there go too, and Undo puts
 * everything back. Shows nothing when there is nothing to take off. `known`:
 * what readSelfOffer just gave for these addresses (the welcome reads it to
 * know whether to offer at all); not read again.
 */
export function SelfOffer({ emails, known, onDone }: { emails: string[]; known?: SelfOfferData; onDone?: () => void }) {
  const found = useLoaded((d) => readSelfOffer(d, emails), [emails.join(' ')], known);
  const [answered, setAnswered] = useState(false);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [failure, setFailure] = useState('');
  const addresses = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format([...new Set(found.value?.links.map((l) => l.contact.email) ?? [])]);

  const takeOff = async () => {
    if (!found.value) return;
    setFailure('');
    try {
      const taken = await takeOffInterview(found.value.links.map((l) => l.link.id));
      setAnswered(true);
      setOffer({ message: selfOfferText(found.value.labels, addresses, 'done'), undo: () => undoTakeOff(taken) });
      onDone?.();
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  if (!found.value || found.value.links.length === 0) return null;
  return (
    <>
      {!answered && (
        <div class="self-offer" role="group" aria-labelledby="self-offer-text" data-self-offer="">
          <p id="self-offer-text">{selfOfferText(found.value.labels, addresses, 'offer')}</p>
          <div class="actions">
            <button type="button" class="button button--primary" data-action="take-me-off" onClick={() => void takeOff()}>
              {t('selfOfferTakeOff')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setAnswered(true);
                onDone?.();
              }}
            >
              {t('selfOfferLeave')}
            </button>
          </div>
          {failure && <p role="alert">{failure}</p>}
        </div>
      )}
      <UndoToast offer={offer} onDone={() => setOffer(null)} />
    </>
  );
}

/** `interviews` names each interview as the pickers do; `addresses` are the candidate's, as filed. */
function selfOfferText(interviews: readonly string[], addresses: string, when: 'offer' | 'done'): string {
  if (interviews.length === 1) return when === 'offer' ? t('selfOfferOne', [interviews[0]!, addresses]) : t('selfTakenOffOne', interviews[0]!);
  const count = formatCount(interviews.length);
  return when === 'offer' ? t('selfOfferMany', [count, addresses]) : t('selfTakenOffMany', count);
}
