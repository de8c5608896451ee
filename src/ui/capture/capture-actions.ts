/** Saving a reviewed capture: validation of the new interview, one transaction, and telling the background. */
import type { Capture, CapturedPerson } from '../../capture/types.ts';
import { validateInterviewForm, type FieldErrors, type InterviewForm } from '../../core/interview-input.ts';
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../../core/text.ts';
import type { CaptureSource } from '../../core/types.ts';
import type { ContactFields } from '../../db/contacts.ts';
import { fileCapture, type FilingResult } from '../../db/file-capture.ts';
import { db } from '../../db/open.ts';
import { notifyChanged } from '../notify-changed.ts';

export interface ReviewedPerson extends CapturedPerson {
  include: boolean;
}

export interface ReviewedCapture {
  capture: Capture;
  url: string;
  target: string;
  /** The new interview's form, used when target is 'new'. */
  form: InterviewForm;
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

export async function saveReviewedCapture(review: ReviewedCapture): Promise<FileResult> {
  const now = Date.now();
  let interview: { id: string } | { fields: import('../../core/interview-input.ts').InterviewFields };
  let company: string;
  if (review.target === 'new') {
    const checked = validateInterviewForm(review.form, now);
    if (!checked.ok) return checked;
    interview = { fields: checked.value };
    company = checked.value.company;
  } else {
    interview = { id: review.target };
    company = review.capture.company?.name ?? '';
  }
  const source: CaptureSource = review.capture.source === 'none' ? 'manual' : review.capture.source;
  const people = review.people
    .filter((p) => p.include)
    .map((p) => contactFrom(p, source, company, review.url, now))
    .filter((p) => p.name || p.email || p.profileUrl);
  const result = await fileCapture(await db(), { interview, people, sourceUrl: cleanHttpUrl(review.url) }, now);
  await notifyChanged(['interviews', 'contacts', 'interviewers'], [result.interview.id]);
  return { ok: true, result };
}
