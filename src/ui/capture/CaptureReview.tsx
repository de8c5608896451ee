/**
 * What the capture found, for the user to correct and file. Nothing is saved
 * until they press Save; every field is editable; people who are the user or
 * an automated sender are shown but not ticked.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Capture } from '../../capture/types.ts';
import { suggestFiling } from '../../core/capture-filing.ts';
import { interviewToForm, type InterviewForm } from '../../core/interview-input.ts';
import { isOpenInterview, type Interview } from '../../core/types.ts';
import { saveReviewedCapture, type ReviewedPerson } from './capture-actions.ts';
import { Field } from '../components/Field.tsx';
import { formatDayTime, interviewChoiceLabel } from '../format.ts';
import { errorText, type MessageKey, t } from '../i18n.ts';
import type { FilingResult } from '../../db/file-capture.ts';
import { useForm } from '../use-form.ts';

const SOURCE_KEYS: Record<Capture['source'], MessageKey> = {
  'linkedin-profile': 'sourceLinkedinProfile',
  'linkedin-company': 'sourceLinkedinCompany',
  'google-calendar': 'sourceGoogleCalendar',
  'outlook-calendar': 'sourceOutlookCalendar',
  ics: 'sourceIcs',
  generic: 'sourceGeneric',
  none: 'sourceGeneric',
};

interface Props {
  capture: Capture;
  url: string;
  interviews: Interview[];
  myEmails: string[];
  onSaved: (result: FilingResult) => void;
  onCancel: () => void;
}

export function CaptureReview({ capture, url, interviews, myEmails, onSaved, onCancel }: Props) {
  const suggestion = useMemo(() => suggestFiling(capture, interviews, myEmails, Date.now()), [capture, interviews, myEmails]);
  const [target, setTarget] = useState(suggestion.target);
  const [people, setPeople] = useState<ReviewedPerson[]>(() => suggestion.people.map((c) => ({ ...c.person, include: c.include })));
  const { form, set, errors, setErrors, err } = useForm<InterviewForm>(() => {
    const now = Date.now();
    const base = interviewToForm(
      { company: suggestion.company, role: suggestion.role, round: 1, start: suggestion.start ?? now, end: suggestion.end, decisionDate: null, status: 'awaiting', notes: '' },
      now,
    );
    return suggestion.start === null ? { ...base, startTime: '' } : base;
  });
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const open = interviews.filter((i) => isOpenInterview(i) || i.id === suggestion.target);

  const setPerson = (index: number, change: Partial<ReviewedPerson>) =>
    setPeople((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setFailure('');
    try {
      const saved = await saveReviewedCapture({ capture, url, target, form, people });
      if (saved.ok) onSaved(saved.result);
      else setErrors(saved.errors);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const reasons = new Map(suggestion.people.map((c) => [c.person, c.excludedBecause]));
  return (
    <form class="capture-review" onSubmit={save} aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('captureFoundHeading')}</h2>
      <p class="muted">{t(SOURCE_KEYS[capture.source])}</p>
      {capture.event && (
        <section class="capture-card" aria-label={t('captureEvent')}>
          {capture.event.title && <p class="capture-card__title">{capture.event.title}</p>}
          {capture.event.start && <p>{formatDayTime(Date.parse(capture.event.start))}</p>}
          {capture.event.location && <p class="muted capture-card__location">{capture.event.location}</p>}
        </section>
      )}
      {capture.company && (
        <section class="capture-card" aria-label={t('captureCompany')}>
          <p class="capture-card__title">{capture.company.name}</p>
          <p class="muted">{[capture.company.industry, capture.company.location].filter(Boolean).join(' · ')}</p>
        </section>
      )}
      {people.length > 0 && (
        <fieldset class="people">
          <legend>{t('capturePeople')}</legend>
          {people.map((person, index) => {
            const reason = reasons.get(suggestion.people[index]!.person);
            return (
              <div class="person-row" key={index} data-person={index}>
                <input type="checkbox" id={`cp-include-${index}`} checked={person.include} onChange={(e) => setPerson(index, { include: e.currentTarget.checked })} />
                <div class="person-row__fields">
                  <label class="visually-hidden" for={`cp-name-${index}`}>{t('personName')}</label>
                  <input id={`cp-name-${index}`} value={person.name ?? ''} placeholder={t('personName')} onInput={(e) => setPerson(index, { name: e.currentTarget.value })} aria-describedby={`cp-include-label-${index}`} />
                  <label class="visually-hidden" for={`cp-title-${index}`}>{t('personTitle')}</label>
                  <input id={`cp-title-${index}`} value={person.title ?? ''} placeholder={t('personTitle')} onInput={(e) => setPerson(index, { title: e.currentTarget.value })} />
                  <label class="visually-hidden" for={`cp-email-${index}`}>{t('personEmail')}</label>
                  <input id={`cp-email-${index}`} type="email" value={person.email ?? ''} placeholder={t('personEmail')} onInput={(e) => setPerson(index, { email: e.currentTarget.value })} />
                  <label for={`cp-include-${index}`} id={`cp-include-label-${index}`} class="person-row__include">
                    {reason === 'self' ? t('personIsYou') : reason === 'robot' ? t('personIsRobot') : person.role === 'organizer' ? t('personOrganizer') : t('personInclude')}
                  </label>
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      <Field id="cp-target" label={t('captureFileUnder')}>
        {() => (
          <select id="cp-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="new">{t('captureNewInterview')}</option>
            {open.map((i) => (
              <option key={i.id} value={i.id}>
                {interviewChoiceLabel(i)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {target === 'new' && (
        <div class="new-interview">
          <Field id="cp-company" label={t('fieldCompany')} error={err('company')}>
            {(d, invalid) => <input id="cp-company" value={form.company} onInput={set('company')} aria-invalid={invalid} aria-describedby={d} />}
          </Field>
          <Field id="cp-role" label={t('fieldRole')} error={err('role')}>
            {(d, invalid) => <input id="cp-role" value={form.role} onInput={set('role')} aria-invalid={invalid} aria-describedby={d} />}
          </Field>
          <div class="field-row">
            <Field id="cp-date" label={t('fieldDate')} error={err('date')}>
              {(d, invalid) => <input id="cp-date" type="date" value={form.date} onInput={set('date')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
            <Field id="cp-start" label={t('fieldStartTime')} error={err('startTime')}>
              {(d, invalid) => <input id="cp-start" type="time" value={form.startTime} onInput={set('startTime')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
            <Field id="cp-end" label={t('fieldEndTime')} error={err('endTime')}>
              {(d, invalid) => <input id="cp-end" type="time" value={form.endTime} onInput={set('endTime')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
          </div>
        </div>
      )}
      {failure && <p role="alert" class="form-summary">{failure}</p>}
      {Object.keys(errors).length > 0 && <p role="alert" class="form-summary">{t('fixErrors')}</p>}
      <div class="actions">
        <button type="submit" class="button button--primary" data-action="save-capture" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
