/**
 * Everything the composer derives for one interviewer from the loaded records
 * and their draft: the suggestions, the template, the values and the note.
 * Recomputed on every render; a panel has a handful of people, and ranking a
 * few thousand tidbits is one linear pass.
 */
import { noteValues } from '../../core/compose/note-values.ts';
import { touchKindOf } from '../../core/compose/sent-touchpoint.ts';
import { similarNotes, type SimilarPair } from '../../core/compose/similar-notes.ts';
import { firstNameOf } from '../../core/compose/first-name.ts';
import type { Id, Template, Tidbit, TouchKind, Touchpoint } from '../../core/types.ts';
import type { InterviewerWithContact } from '../../db/interviewers.ts';
import type { ComposeData } from './load-compose.ts';
import { defaultTemplateId, defaultTidbitId, freshDraft, plannedTouchFor } from './note-defaults.ts';
import { composeNote, type ComposedNote, type NoteDraft } from './note-draft.ts';
import { suggestTidbits, type TidbitSuggestion } from './suggest-tidbits.ts';

export interface PersonNote {
  person: InterviewerWithContact;
  suggestions: TidbitSuggestion[];
  /** The chosen suggestion, or null for "no tidbit" (or none to choose from). */
  chosen: TidbitSuggestion | null;
  template: Template;
  /** The pending touch this note answers, if any. */
  planned: Touchpoint | null;
  /** The kind of touch sending this note records. */
  kind: TouchKind;
  note: ComposedNote;
}

export function personNote(data: ComposeData, person: InterviewerWithContact, draft: NoteDraft, locale: string): PersonNote {
  const suggestions = suggestTidbits(data, person);
  const chosen = suggestions.find((s) => s.tidbit.id === draft.tidbitId) ?? null;
  const planned = plannedTouchFor(data.touches, person.contact.id, data.openedOn);
  const template =
    data.templates.find((tpl) => tpl.id === draft.templateId) ??
    data.templates.find((tpl) => tpl.id === defaultTemplateId(data.templates, planned?.kind ?? 'thank-you', data.interview))!;
  const values = noteValues({
    contact: person.contact,
    interview: data.interview,
    settings: data.settings,
    tidbit: chosen ? chosen.tidbit : null,
    topic: draft.topic,
    promise: '',
    locale,
  });
  return {
    person,
    suggestions,
    chosen,
    template,
    planned,
    kind: touchKindOf(template.kind, planned?.kind ?? null),
    note: composeNote(template, values, draft),
  };
}

/**
 * Starting drafts for every interviewer: the saved one when there is one (with
 * a template that still exists, of the right kind when the composer was
 * opened on this person's touch), else a fresh one whose template suits the
 * planned touch and whose tidbit no earlier interviewer's note carries.
 */
export function initialDrafts(data: ComposeData, saved: Readonly<Record<Id, NoteDraft>>, reset: ReadonlySet<Id> = new Set()): Record<Id, NoteDraft> {
  const drafts: Record<Id, NoteDraft> = {};
  const taken = new Set<Tidbit['id']>();
  for (const person of data.people) {
    const id = person.contact.id;
    const kept = reset.has(id) ? undefined : saved[id];
    const keptTemplate = kept && data.templates.find((tpl) => tpl.id === kept.templateId);
    // Opened on a touch, that person's note is of the touch's kind, whatever was left before.
    const fits = keptTemplate && (data.openedOn?.contactId !== id || touchKindOf(keptTemplate.kind, data.openedOn.kind) === data.openedOn.kind);
    const draft =
      kept && fits
        ? kept
        : freshDraft(
            defaultTemplateId(data.templates, plannedTouchFor(data.touches, id, data.openedOn)?.kind ?? 'thank-you', data.interview),
            defaultTidbitId(
              suggestTidbits(data, person).map((s) => s.tidbit.id),
              taken,
            ),
          );
    if (draft.tidbitId) taken.add(draft.tidbitId);
    drafts[id] = draft;
  }
  return drafts;
}

/**
 * Pairs of this interview's notes that read nearly the same, by contact id.
 * Each person is compared by the text they will get, or for someone already
 * written to and not being written to again, by the text they got.
 */
export function similarPairs(notes: readonly { person: InterviewerWithContact; body: string }[]): SimilarPair[] {
  return similarNotes(
    notes.map(({ person, body }) => ({
      contactId: person.contact.id,
      body,
      names: [person.contact.name, firstNameOf(person.contact.name)],
    })),
  );
}
