/** Saving a reviewed capture: validation of a new interview, one transaction, and telling the background. */
import type { Capture, CapturedPerson } from '../../core/capture/capture.ts';
import type { IdentityField } from '../../core/filing/known-people.ts';
import { validateInterviewForm, type FieldErrors, type InterviewFields, type InterviewForm } from '../../core/interview-input.ts';
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../../core/text.ts';
import type { CaptureSource } from '../../core/types.ts';
import type { ContactFields } from '../../db/contacts.ts';
import { fileCapture, type FiledPerson, type FilingResult } from '../../db/file-capture.ts';
import { getSettings, saveSettings } from '../../db/settings.ts';
import { write } from '../../db/write.ts';

export interface ReviewedPerson extends CapturedPerson {
  include: boolean;
  /** The stored contact the review matched them to, if any. */
  contactId: string | null;
  /** What of who that contact is the user agreed to change. */
  accept: IdentityField[];
}

export interface ReviewedCapture {
  capture: Capture;
  url: string;
  /** An existing interview's id, or 'new'. */
  target: string;
  /** The new interview's form, used when target is 'new'. */
  form: InterviewForm;
  /** What the user accepted to fill in or change on the existing interview. */
  changes: Partial<InterviewFields>;
  people: ReviewedPerson[];
}

export type FileResult = { ok: true; result: FilingResult } | { ok: false; errors: FieldErrors };

function contactFrom(person: CapturedPerson, source: CaptureSource, company: string, url: string, now: number): ContactFields {
  return {
    name: cleanLine(person.name ?? '', LIMITS.name),
    title: cleanLine(person.title ?? '', LIMITS.title),
    company: cleanLine(person.company ?? company, LIMITS.company),
    email: cleanEmail(person.email ?? ''),
    profileUrl: cleanHttpUrl(person.profileUrl ?? ''),
    capturedFrom: source,
    capturedUrl: cleanHttpUrl(url),
    capturedAt: now,
  };
}

export async function saveReviewedCapture(review: ReviewedCapture, company: string): Promise<FileResult> {
  const now = Date.now();
  let interview: { id: string; changes: Partial<InterviewFields> } | { fields: InterviewFields };
  if (review.target === 'new') {
    const checked = validateInterviewForm(review.form, now);
    if (!checked.ok) return checked;
    interview = { fields: checked.value };
    company = checked.value.company;
  } else {
    interview = { id: review.target, changes: review.changes };
  }
  const source: CaptureSource = review.capture.source === 'none' ? 'manual' : review.capture.source;
  const people: FiledPerson[] = review.people
    .filter((p) => p.include)
    .map((p) => ({ fields: contactFrom(p, source, company, review.url, now), contactId: p.contactId, accept: p.accept }))
    .filter((p) => p.fields.name || p.fields.email || p.fields.profileUrl);
  const result = await write(
    ['interviews', 'contacts', 'interviewers'],
    (d) => fileCapture(d, { interview, people, sourceUrl: cleanHttpUrl(review.url) }, now),
    (filed) => [filed.interview.id],
  );
  return { ok: true, result };
}

/** "This is me": the address joins the candidate's own, so no capture ticks it again. */
export async function addMyAddress(email: string): Promise<void> {
  const address = cleanEmail(email);
  if (!address) return;
  await write(
    ['settings'],
    async (d) => {
      const settings = await getSettings(d);
      if (settings.myEmails.includes(address)) return false;
      await saveSettings(d, { ...settings, myEmails: [...settings.myEmails, address] });
      return true;
    },
    (added) => (added ? undefined : false),
  );
}
