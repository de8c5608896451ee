/** The interviews store, and the cascade that deletes (and restores) one interview. */
import { nextStepOf } from '../core/cadence/touch-state.ts';
import { focusOf } from '../core/focus.ts';
import type { InterviewFields } from '../core/interview-input.ts';
import { newId } from '../core/ids.ts';
import { isOpenInterview, type Interview, type Link, type Tidbit, type Touch, type TouchKind } from '../core/types.ts';
import { readLinkedContacts, type LinkedContact } from './links.ts';
import type { IDBPTransaction } from 'idb';
import type { Db } from './open.ts';
import type { AfterviewSchema } from './schema.ts';

/** All interviews, the most recent first. */
export async function listInterviews(d: Db): Promise<Interview[]> {
  const all = await d.getAllFromIndex('interviews', 'start');
  return all.reverse();
}

export function getInterview(d: Db, id: string): Promise<Interview | undefined> {
  return d.get('interviews', id);
}

export async function createInterview(
  d: Db,
  fields: InterviewFields,
  now: number,
  extra: Partial<Pick<Interview, 'sourceUrls'>> = {},
): Promise<Interview> {
  const interview: Interview = {
    id: newId(),
    ...fields,
    sourceUrls: extra.sourceUrls ?? [],
    repliedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await d.add('interviews', interview);
  return interview;
}

/** Applies `changes` to a stored interview in one transaction; returns the result. */
export async function updateInterview(
  d: Db,
  id: string,
  changes: Partial<Omit<Interview, 'id' | 'createdAt'>>,
  now: number,
): Promise<Interview> {
  const tx = d.transaction('interviews', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error('errInterviewGone');
  const next: Interview = { ...current, ...changes, id, updatedAt: now };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Everything a deletion removed or changed, enough to undo it exactly. */
export interface DeletedInterview {
  interview: Interview;
  interviewers: Link[];
  touchpoints: Touch[];
  /** Tidbits that were saved for it; they are kept, detached, not deleted. */
  tidbits: Tidbit[];
}

/**
 * Deletes an interview with its interviewer links and touchpoints in one
 * transaction. Its tidbits stay in the library without an interview, and its
 * contacts stay too: people outlive interviews.
 */
export async function deleteInterview(d: Db, id: string): Promise<DeletedInterview | null> {
  const tx = d.transaction(['interviews', 'interviewers', 'touchpoints', 'tidbits'], 'readwrite');
  const interview = await tx.objectStore('interviews').get(id);
  if (!interview) {
    await tx.done;
    return null;
  }
  const [interviewers, touchpoints, tidbits] = await Promise.all([
    tx.objectStore('interviewers').index('interviewId').getAll(id),
    tx.objectStore('touchpoints').index('interviewId').getAll(id),
    tx.objectStore('tidbits').index('interviewId').getAll(id),
  ]);
  // Requests are queued without awaiting each one; a failure aborts the transaction.
  await Promise.all([
    tx.objectStore('interviews').delete(id),
    ...interviewers.map((link) => tx.objectStore('interviewers').delete(link.id)),
    ...touchpoints.map((touch) => tx.objectStore('touchpoints').delete(touch.id)),
    // Terms come from the text, not the interview: those stored stay right.
    ...tidbits.map((tidbit) => tx.objectStore('tidbits').put({ ...tidbit, interviewId: null })),
  ]);
  await tx.done;
  return { interview, interviewers, touchpoints, tidbits };
}

/** Undoes deleteInterview, in one transaction. */
export async function restoreInterview(d: Db, deleted: DeletedInterview): Promise<void> {
  const tx = d.transaction(['interviews', 'interviewers', 'touchpoints', 'tidbits'], 'readwrite');
  await Promise.all([
    tx.objectStore('interviews').put(deleted.interview),
    ...deleted.interviewers.map((link) => tx.objectStore('interviewers').put(link)),
    ...deleted.touchpoints.map((touch) => tx.objectStore('touchpoints').put(touch)),
    ...deleted.tidbits.map((tidbit) => tx.objectStore('tidbits').put(tidbit)),
  ]);
  await tx.done;
}

/** One interview with its interviewers, and what to write next for it (nextStepOf its touches). */
export interface InterviewDetail {
  interview: Interview;
  interviewers: LinkedContact[];
  nextStep: TouchKind | null;
}

export interface FocusedInterview {
  /** The interview the popup shows up close at first (focusOf: the open one that most recently took place) with its people. */
  first: InterviewDetail | null;
  total: number;
}

/**
 * The interview the popup shows up close, chosen by focusOf among the few read
 * from the start index, so that a thousand interviews cost what a dozen do:
 * from `now` backwards to the first open one; only when none has started, from
 * `now` forwards to the soonest open one (or the latest, when none is open).
 * Its people come in the same transaction, so the popup's content needs one
 * read, not a read and then another.
 */
export async function focusedInterview(d: Db, now = Date.now()): Promise<FocusedInterview> {
  const tx = d.transaction(['interviews', 'interviewers', 'contacts', 'touchpoints']);
  const byStart = tx.objectStore('interviews').index('start');
  // Every interview from `now` in one direction, up to and including the first open one.
  const walk = async (range: IDBKeyRange, direction: IDBCursorDirection) => {
    const walked: Interview[] = [];
    for (let cursor = await byStart.openCursor(range, direction); cursor; cursor = await cursor.continue()) {
      walked.push(cursor.value);
      if (isOpenInterview(cursor.value)) break;
    }
    return walked;
  };
  const before = await walk(IDBKeyRange.upperBound(now), 'prev');
  // No open one has started: forwards to the soonest upcoming open one (to the end, when none is open at all).
  const ahead = before.some(isOpenInterview) ? [] : await walk(IDBKeyRange.lowerBound(now, true), 'next');
  // What was walked, latest first, is all focusOf needs to choose as it would among every interview.
  const shown = focusOf([...ahead.reverse(), ...before], now);
  const [total, first] = await Promise.all([tx.objectStore('interviews').count(), shown ? detailIn(tx, shown, now) : null]);
  await tx.done;
  return { first, total };
}

type DetailTx = IDBPTransaction<AfterviewSchema, ('interviews' | 'interviewers' | 'contacts' | 'touchpoints')[], 'readonly'>;

/** An interview's people and next step, read in the caller's transaction. */
async function detailIn(tx: DetailTx, interview: Interview, now: number): Promise<InterviewDetail> {
  const [interviewers, touches] = await Promise.all([
    readLinkedContacts({ links: tx.objectStore('interviewers').index('interviewId'), contacts: tx.objectStore('contacts') }, interview.id),
    tx.objectStore('touchpoints').index('interviewId').getAll(interview.id),
  ]);
  return { interview, interviewers, nextStep: nextStepOf(touches, interviewers.map((person) => person.contact.id), now, interview.start) };
}

/** One interview with its people and next step, in one transaction; null when there is no such interview. */
export async function readInterviewDetail(d: Db, id: string, now = Date.now()): Promise<InterviewDetail | null> {
  const tx = d.transaction(['interviews', 'interviewers', 'contacts', 'touchpoints']);
  const interview = await tx.objectStore('interviews').get(id);
  const detail = interview ? await detailIn(tx, interview, now) : null;
  await tx.done;
  return detail;
}
