/**
 * Everything the composer derives for one interviewer from the loaded records
 * and their draft: the suggestions, the template, the values and the note, the
 * promises owed to them, and whether their note is being written or was sent.
 * Recomputed on every render, except the ranking: it depends on the records
 * alone, so it runs once per person for each load, not at every keystroke.
 */
import { isDueNow, isPending } from '../../core/cadence/touch-state.ts';
import { firstNameOf } from '../../core/compose/first-name.ts';
import { topicPicks, type TopicPicks } from '../../core/compose/note-lines.ts';
import { noteValues } from '../../core/compose/note-values.ts';
import { promiseKeptBy, type NotePromise } from '../../core/compose/promises.ts';
import { topicSentence } from '../../core/compose/render-note.ts';
import { touchKindOf } from '../../core/compose/sent-touch.ts';
import { similarNotes, type SimilarPair } from '../../core/compose/similar-notes.ts';
import type { Id, Template, Tidbit, TouchKind, Touch } from '../../core/types.ts';
import type { LinkedContact } from '../../db/links.ts';
import type { ComposeData } from './load-compose.ts';
import { defaultTemplateId, defaultTidbitId, freshDraft, plannedTouchFor } from './note-defaults.ts';
import { composeNote, type ComposedNote, type NoteDraft } from './note-draft.ts';
import { suggestTidbits, type TidbitSuggestion } from './suggest-tidbits.ts';

export interface PersonNote {
  person: LinkedContact;
  suggestions: TidbitSuggestion[];
  /** The chosen suggestion, or null for "no tidbit" (or none to choose from). */
  chosen: TidbitSuggestion | null;
  template: Template;
  /** The pending touch this note answers, if any. */
  planned: Touch | null;
  /** The kind of touch sending this note records. */
  kind: TouchKind;
  note: ComposedNote;
  /** Promises made to this person and not kept yet. */
  promises: NotePromise[];
  /** The promise the chosen tidbit keeps, if any. */
  keeps: NotePromise | null;
  /** The sentence of the note the topic completes, with "…" for it; null when the note has none. */
  topicSentence: string | null;
  /** Topics offered from the notes. */
  picks: TopicPicks;
}

/** The name the composer calls someone by: their name, or their address when no name was captured. */
export function displayName(person: LinkedContact): string {
  return person.contact.name || person.contact.email;
}

const ranked = new WeakMap<ComposeData, Map<Id, TidbitSuggestion[]>>();

/** The tidbits for this person, best first; ranked once per loaded data. */
function suggestionsFor(data: ComposeData, person: LinkedContact): TidbitSuggestion[] {
  const byPerson = ranked.get(data) ?? new Map<Id, TidbitSuggestion[]>();
  ranked.set(data, byPerson);
  const id = person.contact.id;
  let suggestions = byPerson.get(id);
  if (!suggestions) {
    suggestions = suggestTidbits(data, person, data.promises.filter((promise) => promise.contactId === id));
    byPerson.set(id, suggestions);
  }
  return suggestions;
}

export function personNote(data: ComposeData, person: LinkedContact, draft: NoteDraft, locale: string): PersonNote {
  const id = person.contact.id;
  const promises = data.promises.filter((promise) => promise.contactId === id);
  const suggestions = suggestionsFor(data, person);
  const chosen = suggestions.find((s) => s.tidbit.id === draft.tidbitId) ?? null;
  const keeps = promiseKeptBy(promises, chosen?.tidbit ?? null);
  const planned = plannedTouchFor(data.touches, id, data.openedOn);
  const template =
    data.templates.find((tpl) => tpl.id === draft.templateId) ??
    data.templates.find((tpl) => tpl.id === defaultTemplateId(data.templates, startingKind(data, id), data.interview))!;
  const values = noteValues({
    contact: person.contact,
    interview: data.interview,
    settings: data.settings,
    tidbit: chosen ? chosen.tidbit : null,
    topic: draft.topic,
    promise: keeps?.thing ?? '',
    locale,
  });
  const name = firstNameOf(person.contact.name) || displayName(person);
  return {
    person,
    suggestions,
    chosen,
    template,
    planned,
    kind: touchKindOf(template.kind, planned?.kind ?? null),
    note: composeNote(template, values, draft, name),
    promises,
    keeps,
    topicSentence: topicSentence(template, values),
    picks: topicPicks(person.link.notes, data.interview.notes),
  };
}

/**
 * The kind of note to start for someone: what is planned for them; a
 * thank-you until one went out; after that, something useful to share.
 */
function startingKind(data: ComposeData, contactId: Id): TouchKind {
  const planned = plannedTouchFor(data.touches, contactId, data.openedOn);
  if (planned) return planned.kind;
  const thanked = data.touches.some((touch) => touch.contactId === contactId && touch.kind === 'thank-you' && touch.status === 'sent');
  return thanked ? 'value-add' : 'thank-you';
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
            defaultTemplateId(data.templates, startingKind(data, id), data.interview),
            defaultTidbitId(
              suggestionsFor(data, person).map((s) => s.tidbit.id),
              taken,
            ),
          );
    if (draft.tidbitId) taken.add(draft.tidbitId);
    drafts[id] = draft;
  }
  return drafts;
}

/**
 * What the composer shows for one person: their note being written, the note
 * just recorded (with undo), or, for someone already written to with nothing
 * due, what went out and a way to write again. A planned touch that is not due
 * yet is not opened by itself: the candidate asks for it.
 */
export type PersonView = 'writing' | 'recorded' | 'sent';

export function personView(
  data: Pick<ComposeData, 'touches' | 'openedOn'>,
  contactId: Id,
  state: { recorded: boolean; writing: boolean; now: number },
): PersonView {
  if (state.recorded) return 'recorded';
  if (state.writing) return 'writing';
  const theirs = data.touches.filter((touch) => touch.contactId === contactId);
  if (!theirs.some((touch) => touch.status === 'sent')) return 'writing';
  if (data.openedOn?.contactId === contactId && isPending(data.openedOn)) return 'writing';
  return theirs.some((touch) => isPending(touch) && isDueNow(touch, state.now)) ? 'writing' : 'sent';
}

/**
 * Pairs of this interview's notes that read nearly the same, by contact id.
 * Each person is compared by the text they will get, or for someone already
 * written to and not being written to again, by the text they got.
 */
export function similarPairs(notes: readonly { person: LinkedContact; body: string }[]): SimilarPair[] {
  return similarNotes(
    notes.map(({ person, body }) => ({
      contactId: person.contact.id,
      body,
      names: [person.contact.name, firstNameOf(person.contact.name)],
    })),
  );
}
