/**
 * What a fresh note starts from: which template, which tidbit, and which
 * planned touch "Mark as sent" completes. Plain functions of the loaded
 * records, so the composer and its tests agree on them.
 */
import { isPending } from '../../core/cadence/touch-state.ts';
import type { Id, Interview, Template, TouchKind, Touch } from '../../core/types.ts';
import type { NoteDraft } from './note-draft.ts';

/**
 * The touch a note for this person answers: the one the composer was opened
 * on when it is theirs; else, until they were thanked, their pending
 * thank-you (or none: a thank-you is what to write first, even when a
 * check-in is already planned); after that, their earliest pending touch (a
 * due check-in is what to write once the thank-you went out).
 */
export function plannedTouchFor(touches: readonly Touch[], contactId: Id, openedOn: Touch | null): Touch | null {
  if (openedOn && openedOn.contactId === contactId && isPending(openedOn)) return openedOn;
  const theirs = touches.filter((touch) => touch.contactId === contactId);
  const pending = theirs.filter(isPending).sort((a, b) => a.dueAt - b.dueAt);
  const thanked = theirs.some((touch) => touch.kind === 'thank-you' && touch.status === 'sent');
  return (thanked ? pending[0] : pending.find((touch) => touch.kind === 'thank-you')) ?? null;
}

/**
 * The template a note of `kind` starts with. A thank-you after a later round
 * uses the later-round template; any kind falls back to the first template
 * there is, so the picker never starts empty.
 */
export function defaultTemplateId(templates: readonly Template[], kind: TouchKind, interview: Pick<Interview, 'round'>): Id {
  const wanted = kind === 'thank-you' && interview.round > 1 ? ['second-round', 'thank-you'] : [kind];
  for (const want of wanted) {
    const found = templates.find((template) => template.kind === want);
    if (found) return found.id;
  }
  return templates[0]?.id ?? '';
}

/**
 * The touch "Mark as sent" completes: the planned one when it is of the kind
 * being sent, else another pending touch of that kind for this person, else
 * none (a new record is added to the history).
 */
export function touchToComplete(touches: readonly Touch[], contactId: Id, kind: TouchKind, planned: Touch | null): Touch | null {
  if (planned && planned.contactId === contactId && planned.kind === kind && isPending(planned)) return planned;
  const same = touches.filter((touch) => touch.contactId === contactId && touch.kind === kind && isPending(touch)).sort((a, b) => a.dueAt - b.dueAt);
  return same[0] ?? null;
}

/**
 * The tidbit a fresh note starts with: the best-ranked one for this person
 * that no earlier interviewer's note already carries, so the panel do not all
 * get the same link (and the same-looking note); the best one when every
 * suggestion is taken; none when there are no suggestions.
 */
export function defaultTidbitId(suggestionIds: readonly Id[], takenByOthers: ReadonlySet<Id>): Id | null {
  return suggestionIds.find((id) => !takenByOthers.has(id)) ?? suggestionIds[0] ?? null;
}

/** "Try the next one": the suggestion after the current one, wrapping; the first after "none". */
export function nextTidbitId(suggestionIds: readonly Id[], current: Id | null): Id | null {
  if (suggestionIds.length === 0) return null;
  const at = current === null ? -1 : suggestionIds.indexOf(current);
  return suggestionIds[(at + 1) % suggestionIds.length] ?? null;
}

export function freshDraft(templateId: Id, tidbitId: Id | null): NoteDraft {
  return { templateId, topic: '', tidbitId, subjectEdit: null, bodyEdit: null, handedTo: null, touched: false };
}
