/** Add or edit an interview by hand; used by the popup and the dashboard. */
import { interviewToForm, type InterviewForm as Form } from '../../core/interview-input.ts';
import { NOTE_LANGUAGES, type Interview } from '../../core/types.ts';
import { languageName, STATUS_OPTIONS } from '../format.ts';
import { t, uiNoteLanguage } from '../../i18n.ts';
import { saveInterviewForm } from '../interview-actions.ts';
import { Field, FormActions, FormSummary, useForm, useSaving } from '../form.tsx';

interface Props {
  interview: Interview | null;
  onSaved: (interview: Interview) => void;
  onCancel: () => void;
}

export function InterviewForm({ interview, onSaved, onCancel }: Props) {
  const { form, set, errors, setErrors, err } = useForm<Form>(() => interviewToForm(interview, Date.now()));
  const { busy, failure, run } = useSaving();

  function submit(event: Event) {
    event.preventDefault();
    void run(async () => {
      const result = await saveInterviewForm(form, interview?.id ?? null);
      if (result.ok) onSaved(result.interview);
      else setErrors(result.errors);
    });
  }

  return (
    <form class="interview-form" onSubmit={submit} noValidate aria-labelledby="interview-form-heading">
      <h2 id="interview-form-heading">{interview ? t('editInterviewHeading') : t('addInterviewHeading')}</h2>
      <FormSummary errors={errors} failure={failure} />
      <Field id="iv-company" label={t('fieldCompany')} error={err('company')}>
        {(describedBy, invalid) => (
          <input id="iv-company" name="company" value={form.company} onInput={set('company')} aria-invalid={invalid} aria-describedby={describedBy} autoComplete="organization" required />
        )}
      </Field>
      <Field id="iv-role" label={t('fieldRole')} error={err('role')}>
        {(describedBy, invalid) => (
          <input id="iv-role" name="role" value={form.role} onInput={set('role')} aria-invalid={invalid} aria-describedby={describedBy} autoComplete="organization-title" />
        )}
      </Field>
      <div class="field-row">
        <Field id="iv-date" label={t('fieldDate')} error={err('date')}>
          {(describedBy, invalid) => (
            <input id="iv-date" name="date" type="date" value={form.date} onInput={set('date')} aria-invalid={invalid} aria-describedby={describedBy} required />
          )}
        </Field>
        <Field id="iv-round" label={t('fieldRound')} error={err('round')}>
          {(describedBy, invalid) => (
            <input id="iv-round" name="round" type="number" min={1} max={20} value={form.round} onInput={set('round')} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
      </div>
      <div class="field-row">
        <Field id="iv-start" label={t('fieldStartTime')} error={err('startTime')}>
          {(describedBy, invalid) => (
            <input id="iv-start" name="startTime" type="time" value={form.startTime} onInput={set('startTime')} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
        <Field id="iv-end" label={t('fieldEndTime')} error={err('endTime')}>
          {(describedBy, invalid) => (
            <input id="iv-end" name="endTime" type="time" value={form.endTime} onInput={set('endTime')} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
      </div>
      <p class="field__hint iv-time-hint">{t('fieldTimeHint')}</p>
      <div class="field-row">
        <Field id="iv-decision" label={t('fieldDecisionDate')} error={err('decisionDate')}>
          {(describedBy, invalid) => (
            <input id="iv-decision" name="decisionDate" type="date" value={form.decisionDate} onInput={set('decisionDate')} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
        <Field id="iv-status" label={t('fieldStatus')}>
          {() => (
            <select id="iv-status" name="status" value={form.status} onChange={set('status')}>
              {STATUS_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label()}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset class="field-group">
        <legend>{t('fieldCompanyDetails')}</legend>
        <div class="field-row">
          <Field id="iv-industry" label={t('fieldIndustry')} error={err('industry')}>
            {(describedBy, invalid) => <input id="iv-industry" name="industry" value={form.industry} onInput={set('industry')} aria-invalid={invalid} aria-describedby={describedBy} />}
          </Field>
          <Field id="iv-location" label={t('fieldLocation')} error={err('location')}>
            {(describedBy, invalid) => <input id="iv-location" name="location" value={form.location} onInput={set('location')} aria-invalid={invalid} aria-describedby={describedBy} />}
          </Field>
        </div>
        <Field id="iv-website" label={t('fieldWebsite')} error={err('website')}>
          {(describedBy, invalid) => (
            <input id="iv-website" name="website" type="url" value={form.website} onInput={set('website')} aria-invalid={invalid} aria-describedby={describedBy} autoComplete="url" />
          )}
        </Field>
      </fieldset>
      <Field id="iv-notes" label={t('fieldNotes')} hint={t('fieldNotesHint')} error={err('notes')}>
        {(describedBy, invalid) => (
          <textarea id="iv-notes" name="notes" rows={4} value={form.notes} onInput={set('notes')} aria-invalid={invalid} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id="iv-note-language" label={t('fieldNoteLanguage')} hint={t('fieldNoteLanguageHint')}>
        {(describedBy) => (
          <select id="iv-note-language" name="noteLanguage" value={form.noteLanguage} onChange={set('noteLanguage')} aria-describedby={describedBy}>
            <option value="">{t('noteLanguageBrowser', languageName(uiNoteLanguage()))}</option>
            {NOTE_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
