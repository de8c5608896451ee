// Plain functions of the loaded records (the reads apart), so the composer and its tests agree on them.
import { isDueNow, isPending } from '../../core/cadence/touch-state.ts';
import { builtInTemplates, mergeTemplates } from '../../core/compose/built-in-templates.ts';
import { firstNameOf } from '../../core/compose/first-name.ts';
import { topicPicks, type TopicPicks } from '../../core/compose/note-lines.ts';
import { noteValues } from '../../core/compose/note-values.ts';
import type { NoteValues } from '../../core/compose/placeholders.ts';
import { openPromises, promiseKeptBy, promisesOf, type NotePromise } from '../../core/compose/promises.ts';
import { problemMessage, type NoteField } from '../../core/compose/note-problems.ts';
import { renderNote, topicSentence } from '../../core/compose/render-note.ts';
import { touchKindOf } from '../../core/compose/sent-touch.ts';
import { similarNotes, type SimilarPair } from '../../core/compose/similar-notes.ts';
import { cleanBlock, cleanLine, LIMITS } from '../../core/text.ts';
import { rankTidbits, type TidbitSuggestion } from '../../core/tidbits/rank.ts';
import type { Contact, Id, Interview, Link, NOTE_LANGUAGES, Settings, Template, Tidbit, Touch, TouchKind } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { getInterview } from '../../db/interviews.ts';
import { listLinkedContacts, type LinkedContact } from '../../db/links.ts';
import { db } from '../../db/open.ts';
import { getSettings } from '../../db/settings.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { listAllTidbits } from '../../db/tidbits.ts';
import { listTouchesByStatus, listTouchesFor } from '../../db/touches.ts';
import { tDynamic, uiLanguage, uiNoteLanguage } from '../../i18n.ts';

// ── Loading: one interview's records, in one go ──

export interface ComposeData {
  interview: Interview;
  people: LinkedContact[];
  /** The built-in templates (with the user's edits) and the user's own. */
  templates: Template[];
  /** The tag the notes' dates and numbers are written with: the interview's note language, or the browser's. */
  noteLocale: string;
  settings: Settings;
  tidbits: Tidbit[];
  contacts: Contact[];
  /** Sent touches of every interview, for tidbit ranking. */
  sentTouches: Touch[];
  /** Every touch of this interview: the plan and the history. */
  touches: Touch[];
  /** The touch the composer was opened on, when it belongs to this interview. */
  openedOn: Touch | null;
  /** Promises in this interview's notes that no sent note kept yet. */
  promises: NotePromise[];
}

export async function loadComposeData(interviewId: Id, touchId: Id | null): Promise<ComposeData | null> {
  const d = await db();
  const interview = await getInterview(d, interviewId);
  if (!interview) return null;
  // The note language's words (a chunk to load when it is not the browser's) come alongside the reads.
  const [people, stored, settings, tidbits, contacts, sentTouches, touches, words] = await Promise.all([
    listLinkedContacts(d, interviewId),
    listStoredTemplates(d),
    getSettings(d),
    listAllTidbits(d),
    listContacts(d),
    listTouchesByStatus(d, ['sent']),
    listTouchesFor(d, interviewId),
    noteWords(interview),
  ]);
  const notes = people.map(({ contact, link }) => ({ contactId: contact.id, name: contact.name, notes: link.notes }));
  return {
    interview,
    people,
    templates: loadTemplates(stored, words),
    noteLocale: words.locale,
    settings,
    tidbits,
    contacts,
    sentTouches,
    touches,
    // The touch the address names, when it is this interview's (its touches are read anyway).
    openedOn: (touchId && touches.find((t) => t.id === touchId)) || null,
    promises: openPromises(promisesOf({ people: notes, interviewNotes: interview.notes }), touches, tidbits),
  };
}

// ── The note's language: the interview's choice, or the browser's ──
// browser.i18n speaks only the browser's language, so the built-in templates of
// another language come from that locale's file, loaded (a few KB) only when an
// interview asks for it.

type Entry = { message: string };
const TEXTS: Record<(typeof NOTE_LANGUAGES)[number], () => Promise<Record<string, Entry>>> = {
  en: () => import('./note-texts/templates-en.ts'),
  de: () => import('./note-texts/templates-de.ts'),
  fr: () => import('./note-texts/templates-fr.ts'),
  es: () => import('./note-texts/templates-es.ts'),
};

export interface NoteWords {
  /** The tag dates and numbers in the note are written with. */
  locale: string;
  /**
   * A built-in template's text, by its message key, when the note is in another
   * language than the browser's (edits of built-ins, made in the browser's, then
   * do not apply); null for the browser's own, which browser.i18n speaks.
   */
  text: ((key: string) => string) | null;
}

/** @internal exported for its tests */
export async function noteWords(interview: Pick<Interview, 'noteLanguage'>): Promise<NoteWords> {
  const ui = uiNoteLanguage();
  const language = interview.noteLanguage || ui;
  // The browser's own tag ("en-GB", "de-AT") writes dates as the candidate is used to.
  if (language === ui) return { locale: uiLanguage(), text: null };
  const texts = await TEXTS[language]();
  return { locale: language, text: (key) => texts[key]?.message ?? tDynamic(key) };
}

/**
 * The built-in templates in the browser's language with the user's edits, then
 * the user's own. Given a note's words in another language, the built-ins are
 * in that language as shipped: the user's edits of them are in the browser's.
 */
export function loadTemplates(stored: readonly Template[], words?: NoteWords): Template[] {
  const uiText = (key: string) => tDynamic(key);
  if (!words?.text) return mergeTemplates(builtInTemplates(uiText), stored);
  const builtIns = builtInTemplates(words.text, uiText);
  const ids = new Set(builtIns.map((template) => template.id));
  return mergeTemplates(builtIns, stored.filter((template) => !ids.has(template.id)));
}

// ── A draft, the note it would send, and its problems ──

/*
 * The subject and body start as the template rendered with this person's
 * values and follow every change of template, topic or tidbit. Once the user
 * types into either, that field keeps their words (an "edit") and stops
 * following the template; the composer says so and offers to go back.
 *
 * Nothing with a problem may be sent: for a field that follows the template,
 * the renderer's problems (an empty placeholder, an unknown tag…); for an
 * edited field, an empty text or braces left in it, since braces there can
 * only be a placeholder the user meant to have filled.
 */
/** Where a note left Afterview, so the composer can ask whether it was sent. */
export const SEND_TARGETS = ['copy', 'mailto', 'gmail', 'outlook-work', 'outlook-personal'] as const;
export type SendTarget = (typeof SEND_TARGETS)[number];

export interface NoteDraft {
  templateId: Id;
  topic: string;
  /** The chosen tidbit, or null for "no tidbit". */
  tidbitId: Id | null;
  /** The user's own words for the field, or null while it follows the template. */
  subjectEdit: string | null;
  bodyEdit: string | null;
  /** How the note was last copied or opened, until it is marked as sent. */
  handedTo: SendTarget | null;
  /** Whether the candidate changed anything yet: until then nothing is shown as wrong. */
  touched: boolean;
  /** True while the edits are a draft of the browser's on-device model, so the composer says whose words they are. */
  byModel?: boolean;
}

/** A problem ready to show: its message key, substitutions, and what it concerns. */
export interface ShownProblem {
  /** The fields it is about: a placeholder missing from both subject and body is one problem. */
  fields: NoteField[];
  /** The placeholder it is about ('' when it is about the whole field). */
  name: string;
  key: string;
  substitutions: string[];
}

interface ComposedNote {
  /** What would be sent. */
  subject: string;
  body: string;
  /**
   * What the fields show: the edit exactly as typed (cleaning it on every
   * keystroke would eat the space or line break just typed at its end), or
   * the template's text.
   */
  shown: { subject: string; body: string };
  /** The template's text for this person, to compare with an edit and to go back to. */
  rendered: { subject: string; body: string };
  /** True when the field holds the user's words rather than the template's. */
  subjectDrifted: boolean;
  bodyDrifted: boolean;
  /** Empty when the note may be sent. */
  problems: ShownProblem[];
}

/**
 * `person` names the recipient in the problems ("Add what you talked about with Priya …").
 * @internal exported for its tests
 */
export function composeNote(
  template: Pick<Template, 'subject' | 'body'>,
  values: NoteValues,
  draft: Pick<NoteDraft, 'subjectEdit' | 'bodyEdit'>,
  person = '',
): ComposedNote {
  const rendered = renderNote(template, values);
  const subjectEdit = draft.subjectEdit === null ? null : cleanEdit(draft.subjectEdit, 'subject');
  const bodyEdit = draft.bodyEdit === null ? null : cleanEdit(draft.bodyEdit, 'body');
  const fromTemplate = rendered.problems
    .filter((problem) => (problem.field === 'subject' ? subjectEdit === null : bodyEdit === null))
    .map((problem): ShownProblem => ({ fields: [problem.field], name: problem.name, ...problemMessage(problem, person) }));
  const problems = unique([
    ...fromTemplate,
    ...(subjectEdit === null ? [] : editProblems(draft.subjectEdit ?? '', subjectEdit, 'subject')),
    ...(bodyEdit === null ? [] : editProblems(draft.bodyEdit ?? '', bodyEdit, 'body')),
  ]);
  return {
    subject: subjectEdit ?? rendered.subject,
    body: bodyEdit ?? rendered.body,
    shown: { subject: draft.subjectEdit ?? rendered.subject, body: draft.bodyEdit ?? rendered.body },
    rendered: { subject: rendered.subject, body: rendered.body },
    subjectDrifted: subjectEdit !== null && subjectEdit !== rendered.subject,
    bodyDrifted: bodyEdit !== null && bodyEdit !== rendered.body,
    problems: problems.sort((a, b) => fieldOrder(a.fields[0]) - fieldOrder(b.fields[0])),
  };
}

/**
 * The edit as it would be sent: controls removed, the subject on one line, the
 * body's line breaks kept. Cut one character past the limit so the length
 * check below can still see that it was too long.
 */
function cleanEdit(text: string, field: NoteField): string {
  return field === 'subject' ? cleanLine(text, LIMITS.subject + 1) : cleanBlock(text, LIMITS.body + 1);
}

function editProblems(raw: string, clean: string, field: NoteField): ShownProblem[] {
  const problems: ShownProblem[] = [];
  const at = (key: string, name = ''): ShownProblem => ({ fields: [field], name, key, substitutions: [name] });
  if (!clean) problems.push(at(field === 'subject' ? 'composeSubjectEmpty' : 'composeBodyEmpty'));
  if (/\{\{|\}\}/.test(raw)) problems.push(at('composeBracesLeft'));
  if (clean.length > (field === 'subject' ? LIMITS.subject : LIMITS.body)) problems.push(at('problemFieldTooLong'));
  return problems;
}

/** The same placeholder used twice, or in both fields, would otherwise be reported twice: it is one problem, about both fields. */
function unique(problems: ShownProblem[]): ShownProblem[] {
  const byMessage = new Map<string, ShownProblem>();
  for (const problem of problems) {
    const key = [problem.key, ...problem.substitutions].join('\u0000');
    const known = byMessage.get(key);
    if (!known) byMessage.set(key, { ...problem, fields: [...problem.fields] });
    else for (const field of problem.fields) if (!known.fields.includes(field)) known.fields.push(field);
  }
  return [...byMessage.values()];
}

function fieldOrder(field: NoteField | undefined): number {
  return field === 'subject' ? 0 : 1;
}

// ── What a fresh note starts from ──
// Which template, which tidbit, and which planned touch "Mark as sent" completes.

/**
 * The touch a note for this person answers: the one the composer was opened
 * on when it is theirs; else, until they were thanked, their pending
 * thank-you (or none: a thank-you is what to write first, even when a
 * check-in is already planned); after that, their earliest pending touch (a
 * due check-in is what to write once the thank-you went out).
 * @internal exported for its tests
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
 * @internal exported for its tests
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
 * @internal exported for its tests
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

function freshDraft(templateId: Id, tidbitId: Id | null): NoteDraft {
  return { templateId, topic: '', tidbitId, subjectEdit: null, bodyEdit: null, handedTo: null, touched: false };
}

// ── Tidbit suggestions: the one call to the ranking (core/tidbits/rank.ts) ──

export type { TidbitSuggestion };

interface SuggestionSources {
  interview: Interview;
  tidbits: readonly Tidbit[];
  contacts: readonly Contact[];
  /** Sent touchpoints of every interview: a tidbit sent to someone is never offered to them again. */
  sentTouches: readonly Touch[];
}

/** "Try the next one" cycles through these; more would only be noise. */
const MAX_SUGGESTIONS = 20;

/** The best tidbits for one person; one that keeps a promise to them (`promises`, theirs and open) first. */
function suggestTidbits(sources: SuggestionSources, person: { link: Link; contact: Contact }, promises: readonly NotePromise[] = []): TidbitSuggestion[] {
  return rankTidbits({
    promises: promises.map((promise) => promise.keys),
    tidbits: sources.tidbits,
    interview: sources.interview,
    interviewerNotes: person.link.notes,
    contact: person.contact,
    touchpoints: sources.sentTouches,
    contacts: sources.contacts,
    limit: MAX_SUGGESTIONS,
  });
}

// ── What is derived for one interviewer ──
// Recomputed on every render, except the ranking: it depends on the records
// alone, so it runs once per person for each load, not at every keystroke.

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
