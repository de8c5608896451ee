import { useMemo, useState } from 'preact/hooks';
import { aboutSource } from '../../capture/sites/about.ts';
import type { Capture } from '../../core/capture/capture.ts';
import { IDENTITY_FIELDS, type IdentityField, type KnownPerson } from '../../core/filing/known-people.ts';
import { filedUnder, interviewChanges, knownPeople, suggestFiling, type ChangeField, type FilingSuggestion } from '../../core/filing/suggest.ts';
import { DAY_ONLY_HOUR, interviewToForm, type InterviewFields, type InterviewForm } from '../../core/interview-input.ts';
import type { Interview, Settings } from '../../core/types.ts';
import type { FilingResult, StoredForFiling } from '../../db/file-capture.ts';
import { Field, FormActions, FormSummary, useForm, useSaving } from '../form.tsx';
import { filedText, formatWhen, interviewChoiceLabel, siteText } from '../format.ts';
import { errorText, type MessageKey, t } from '../../i18n.ts';
import { SelfOffer } from '../settings/SelfOffer.tsx';
import { addMyAddress, saveReviewedCapture, type ReviewedPerson } from './capture-actions.ts';
import { changeText, conflictText, knownText, matchText } from './review-text.ts';
import './capture.css';

interface Props {
  capture: Capture;
  url: string;
  stored: StoredForFiling;
  settings: Settings;
  now: number;
  onSaved: (result: FilingResult) => void;
  onCancel: () => void;
  /** Shows an interview the capture is already filed under. */
  onOpen: (interview: Interview) => void;
}

interface PersonEdit {
  include: boolean;
  name: string;
  title: string;
  email: string;
  /** Said "this is me" here: now one of the candidate's addresses. */
  isMe: boolean;
}

function newInterviewForm(suggestion: FilingSuggestion, now: number): InterviewForm {
  const { draft } = suggestion;
  const fields: InterviewFields = {
    company: draft.company,
    role: draft.role,
    round: draft.round ?? 1,
    start: draft.start ?? new Date(now).setHours(DAY_ONLY_HOUR, 0, 0, 0),
    end: draft.end,
    timeKnown: draft.start !== null,
    decisionDate: null,
    status: 'awaiting',
    notes: '',
    industry: draft.industry,
    location: draft.location,
    website: draft.website,
    noteLanguage: '',
  };
  return interviewToForm(fields, now);
}

/** Where the review proposes to file a capture, knowing the candidate by their name and addresses (shown, never ticked). The popup asks it first (whereFiled). */
export function suggestionFor(capture: Capture, stored: StoredForFiling, settings: Settings, now: number): FilingSuggestion {
  return suggestFiling(capture, { ...stored, me: { name: settings.name, emails: settings.myEmails }, now });
}

/**
 * What the capture found, for the user to check and file. It proposes the
 * interview the capture belongs to and says why, lists what saving will fill
 * in or change there, and shows who each person already is; nothing is saved
 * until they press Save. The candidate and automated senders are shown but not
 * ticked, and no known contact's name, email or profile address changes unless
 * its box is ticked. A capture that would change nothing is shown as filed.
 */
export function CaptureReview({ capture, url, stored, settings, now, onSaved, onCancel, onOpen }: Props) {
  const suggestion = useMemo(() => suggestionFor(capture, stored, settings, now), [capture, stored, settings, now]);
  const open = suggestion.ranking.ranked.flatMap((r) => stored.interviews.find((i) => i.id === r.interviewId) ?? []);
  const [target, setTarget] = useState(suggestion.target);
  const [edits, setEdits] = useState<PersonEdit[]>(() =>
    suggestion.people.map((c) => ({ include: c.include, name: c.person.name ?? '', title: c.person.title ?? '', email: c.person.email ?? '', isMe: false })),
  );
  /** Per interview, the changes ticked; an interview not yet looked at takes its fills. */
  const [picked, setPicked] = useState<Record<string, ChangeField[]>>({});
  /** `${target}|${person}|${field}` for each change of who a known contact is that the user ticked. */
  const [identity, setIdentity] = useState<ReadonlySet<string>>(new Set());
  const { form, set, errors, setErrors, err } = useForm<InterviewForm>(() => newInterviewForm(suggestion, now));
  const { busy, failure, setFailure, run } = useSaving();
  /** Addresses said to be the candidate's here, for the offer to take them off where they were filed before. */
  const [mine, setMine] = useState<string[]>([]);

  const chosen = open.find((i) => i.id === target) ?? null;
  const changes = chosen ? interviewChanges(chosen, suggestion.draft) : [];
  const ticked = new Set(picked[target] ?? changes.filter((c) => c.fill).map((c) => c.field));
  const matches = knownPeople(suggestion.people, chosen ? (stored.people.get(chosen.id) ?? []) : [], stored.known);
  // Whether the capture was filed when the review opened (the target then is the suggested one); a save made here does not turn it into the banner.
  // The popup asks first (whereFiled) and opens the review only for a page that adds something: this shows an invitation imported again.
  const [filed] = useState(() => filedUnder(suggestion, stored));

  if (filed) {
    return (
      <section class="capture-review capture-review--filed" aria-labelledby="capture-heading" data-filed={filed.id}>
        <h2 id="capture-heading">{filedText(filed)}</h2>
        <p class="muted">{t(aboutSource(capture.source).label)}</p>
        {/* The interview's day on a line of its own: after the source, a long day and time broke in the middle of the time. */}
        <p class="capture-review__when">{formatWhen(filed)}</p>
        <div class="actions">
          <button type="button" class="button button--primary" data-action="open-filed" onClick={() => onOpen(filed)}>
            {t('captureOpen')}
          </button>
          <button type="button" class="button" onClick={onCancel}>
            {t('close')}
          </button>
        </div>
      </section>
    );
  }

  const setEdit = (index: number, change: Partial<PersonEdit>) => setEdits((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const toggleChange = (field: ChangeField, on: boolean) =>
    setPicked((all) => ({ ...all, [target]: [...ticked].filter((f) => f !== field).concat(on ? [field] : []) }));
  const identityKey = (index: number, field: IdentityField) => `${target}|${index}|${field}`;
  const toggleIdentity = (key: string, on: boolean) =>
    setIdentity((keys) => {
      const next = new Set(keys);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  async function thisIsMe(index: number) {
    setFailure('');
    try {
      await addMyAddress(edits[index]!.email);
      setEdit(index, { include: false, isMe: true });
      setMine((list) => [...list, edits[index]!.email.trim().toLowerCase()]);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  function save(event: Event) {
    event.preventDefault();
    const accepted = Object.assign({}, ...changes.filter((c) => ticked.has(c.field)).map((c) => c.set)) as Partial<InterviewFields>;
    const people: ReviewedPerson[] = suggestion.people.map((choice, i) => {
      const known = matches[i];
      const edit = edits[i]!;
      // A known contact is stored as captured (gaps filled); someone new as the user corrected them.
      const typed = known ? {} : { name: edit.name, title: edit.title, email: edit.email };
      return {
        ...choice.person,
        ...typed,
        include: edit.include,
        contactId: known?.contact.id ?? null,
        accept: IDENTITY_FIELDS.filter((f) => identity.has(identityKey(i, f))),
      };
    });
    const company = chosen ? (accepted.company ?? chosen.company) : form.company;
    void run(async () => {
      const saved = await saveReviewedCapture({ capture, url, target: chosen ? chosen.id : 'new', form, changes: accepted, people }, company);
      if (saved.ok) onSaved(saved.result);
      else setErrors(saved.errors);
    });
  }

  const company = capture.company;
  return (
    <form class="capture-review" onSubmit={save} aria-labelledby="capture-heading" noValidate>
      <h2 id="capture-heading">{t('captureFoundHeading')}</h2>
      <p class="muted capture-review__source">{t(aboutSource(capture.source).label)}</p>
      {capture.event && (
        <section class="capture-card" aria-label={t('captureEvent')}>
          {capture.event.title && <p class="capture-card__title">{capture.event.title}</p>}
          {suggestion.draft.start !== null && <p>{formatWhen({ start: suggestion.draft.start, end: suggestion.draft.end, timeKnown: true })}</p>}
          {capture.event.location && <p class="muted capture-card__location">{capture.event.location}</p>}
        </section>
      )}
      {company && (
        <section class="capture-card" aria-label={t('captureCompany')}>
          <p class="capture-card__title">{company.name}</p>
          <p class="muted capture-card__location">{[company.industry, company.location, company.url && siteText(company.url)].filter(Boolean).join(' · ')}</p>
        </section>
      )}
      {edits.length > 0 && (
        <fieldset class="people">
          <legend>{t('capturePeople')}</legend>
          {suggestion.people.map((choice, index) => (
            <PersonRow
              key={index}
              index={index}
              edit={edits[index]!}
              why={edits[index]!.isMe ? 'now-me' : choice.notInterviewer}
              organizer={choice.person.role === 'organizer'}
              known={matches[index] ?? null}
              captured={choice.identity}
              accepted={(field) => identity.has(identityKey(index, field))}
              onEdit={(change) => setEdit(index, change)}
              onAccept={(field, on) => toggleIdentity(identityKey(index, field), on)}
              onThisIsMe={() => void thisIsMe(index)}
            />
          ))}
        </fieldset>
      )}
      {mine.length > 0 && <SelfOffer key={mine.join(' ')} emails={mine} />}
      <Field id="cp-target" label={t('captureFileUnder')}>
        {() => (
          <select id="cp-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)} aria-describedby="cp-why">
            <option value="new">{t('captureNewInterview')}</option>
            {open.map((i) => (
              <option key={i.id} value={i.id}>
                {interviewChoiceLabel(i)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {target === suggestion.target && (
        <p class="capture-why" id="cp-why">
          {matchText(suggestion.ranking, open)}
        </p>
      )}
      {chosen && changes.length > 0 && (
        <fieldset class="capture-changes">
          <legend>{t('captureChangesHeading')}</legend>
          {changes.map((change) => (
            <label key={change.field} class="check-row" data-change={change.field}>
              <input type="checkbox" checked={ticked.has(change.field)} onChange={(e) => toggleChange(change.field, e.currentTarget.checked)} />
              <span>{changeText(change)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {!chosen && (
        <div class="new-interview">
          <Field id="cp-company" label={t('fieldCompany')} error={err('company')}>
            {(d, invalid) => <input id="cp-company" value={form.company} onInput={set('company')} aria-invalid={invalid} aria-describedby={d} />}
          </Field>
          <div class="field-row">
            <Field id="cp-role" label={t('fieldRole')} error={err('role')}>
              {(d, invalid) => <input id="cp-role" value={form.role} onInput={set('role')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
            <Field id="cp-round" label={t('fieldRound')} error={err('round')}>
              {(d, invalid) => <input id="cp-round" class="input--short" type="number" min={1} max={20} value={form.round} onInput={set('round')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
          </div>
          <div class="field-row">
            <Field id="cp-date" label={t('fieldDate')} error={err('date')}>
              {(d, invalid) => <input id="cp-date" type="date" value={form.date} onInput={set('date')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
            <Field id="cp-start" label={t('fieldStartTime')} error={err('startTime')}>
              {(d, invalid) => <input id="cp-start" type="time" value={form.startTime} onInput={set('startTime')} aria-invalid={invalid} aria-describedby={d ? `${d} cp-time-hint` : 'cp-time-hint'} />}
            </Field>
            <Field id="cp-end" label={t('fieldEndTime')} error={err('endTime')}>
              {(d, invalid) => <input id="cp-end" type="time" value={form.endTime} onInput={set('endTime')} aria-invalid={invalid} aria-describedby={d} />}
            </Field>
          </div>
          <p class="field__hint" id="cp-time-hint">
            {t('captureTimeHint')}
          </p>
        </div>
      )}
      <FormSummary errors={errors} failure={failure} />
      <FormActions busy={busy} action="save-capture" onCancel={onCancel} />
    </form>
  );
}

interface RowProps {
  index: number;
  edit: PersonEdit;
  why: 'self' | 'maybe-self' | 'robot' | 'now-me' | null;
  organizer: boolean;
  known: KnownPerson | null;
  captured: Record<IdentityField, string>;
  accepted: (field: IdentityField) => boolean;
  onEdit: (change: Partial<PersonEdit>) => void;
  onAccept: (field: IdentityField, on: boolean) => void;
  onThisIsMe: () => void;
}

const WHY_KEYS: Record<NonNullable<RowProps['why']>, MessageKey> = {
  self: 'personIsYou',
  'maybe-self': 'personMaybeYou',
  robot: 'personIsRobot',
  'now-me': 'personNowYou',
};

/** One person found: ticked as an interviewer or not (and why), who they already are, and what may change about them. */
function PersonRow({ index, edit, why, organizer, known, captured, accepted, onEdit, onAccept, onThisIsMe }: RowProps) {
  const id = (part: string) => `cp-${part}-${index}`;
  const label = why ? t(WHY_KEYS[why]) : organizer ? t('personOrganizer') : t('personInclude');
  const status = why ? '' : knownText(known, captured);
  return (
    <div class="person-row" data-person={index}>
      <input type="checkbox" id={id('include')} checked={edit.include} onChange={(e) => onEdit({ include: e.currentTarget.checked })} aria-describedby={id('include-label')} />
      <div class="person-row__body">
        {known ? (
          // Who they are stays as known; their title follows the capture, as saving stores it.
          <p class="person-row__known">
            <span class="person-row__name">{known.contact.name || known.contact.email}</span>
            <span class="muted"> {[edit.title || known.contact.title, known.contact.email].filter(Boolean).join(' · ')}</span>
          </p>
        ) : why && why !== 'maybe-self' ? (
          // The candidate or a robot: shown, not offered for editing.
          <p class="person-row__known">
            <span class="person-row__name">{edit.name || edit.email}</span>
            {edit.name && edit.email && <span class="muted"> {edit.email}</span>}
          </p>
        ) : (
          <div class="person-row__fields">
            <label class="visually-hidden" for={id('name')}>{t('personName')}</label>
            <input id={id('name')} value={edit.name} placeholder={t('personName')} onInput={(e) => onEdit({ name: e.currentTarget.value })} aria-describedby={id('include-label')} />
            <label class="visually-hidden" for={id('title')}>{t('personTitle')}</label>
            <input id={id('title')} value={edit.title} placeholder={t('personTitle')} onInput={(e) => onEdit({ title: e.currentTarget.value })} />
            <label class="visually-hidden" for={id('email')}>{t('personEmail')}</label>
            <input id={id('email')} class="person-row__email" type="email" value={edit.email} placeholder={t('personEmail')} onInput={(e) => onEdit({ email: e.currentTarget.value })} />
          </div>
        )}
        <div class="person-row__status">
          <label for={id('include')} id={id('include-label')} class="person-row__include">
            {label}
          </label>
          {status && <span class="muted person-row__known-status"> · {status}</span>}
          {why === 'maybe-self' && edit.email && (
            <>
              {' '}
              <button type="button" class="link-button" data-action="this-is-me" onClick={onThisIsMe}>
                {t('personThisIsMe')}
              </button>
            </>
          )}
        </div>
        {known &&
          !why &&
          known.conflicts.map((field) => (
            <label key={field} class="check-row person-row__conflict" data-conflict={field}>
              <input type="checkbox" checked={accepted(field)} onChange={(e) => onAccept(field, e.currentTarget.checked)} />
              <span>{conflictText(known, field, captured[field])}</span>
            </label>
          ))}
      </div>
    </div>
  );
}
