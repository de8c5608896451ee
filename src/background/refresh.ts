// Re-derives what the background shows (the plans, the one alarm, the badge) from the database at every start
// and change, so a restarted worker, a restarted browser and a cleared alarm all heal the same way.
import browser from 'webextension-polyfill';
import { collectDue, countDue, nextAlarmAt, type DueNotice } from '../core/cadence/scheduler.ts';
import type { Touch } from '../core/types.ts';
import { broadcast, type BackgroundStatus } from '../messages/protocol.ts';
import { db, type Db } from '../db/open.ts';
import { DB_VERSION } from '../db/migrations.ts';
import { touchesAround } from '../db/touches.ts';
import { raiseNotice } from './notifications.ts';
import { changedSince, replanInterviews, replanMark, type ReplanMark } from './replan.ts';
import { getSettings } from '../db/settings.ts';
import { writePopupSnapshot } from '../db/popup-state.ts';

/** The one alarm Afterview keeps: set to the earliest due touch. */
export const ALARM_NAME = 'afterview-next-touch';

export interface RefreshOptions {
  /**
   * Re-plan first: once per worker start, what changed since the last start
   * ('start': onStartup, onInstalled; see changedSince), every interview (true: settings), only these (a change to
   * some interviews; none, [], for a change that moves no plan), or none
   * (false: nothing changed, a wake-up or an alarm only collects).
   */
  replan: 'start' | boolean | readonly string[];
  /**
   * If this refresh begins the worker's start-up re-plan, how long it waits first (ms; none when not given). The events of
   * a browser start pass START_DELAY_MS; a change that arrives meanwhile starts it at once (it must not wait, nor plan on data
   * the start has not healed).
   */
  startDelayMs?: number;
}

/**
 * How long a browser start leaves the extension's pages (the popup opened with the browser) before it re-plans and
 * collects: right after a start the re-plan competed with the first popup for the machine and the database (bench,
 * 2 cores: that popup painted in 1,317 ms with the re-plan at once, 917 ms with it 4 s later). Notices due at the start
 * come that much later; the worker lives 30 s after its last event in both browsers, so the timer runs.
 */
export const START_DELAY_MS = 4_000;

/**
 * Set in storage.session once this browser session has re-planned. The
 * browser empties storage.session when it closes (and when Afterview is
 * updated or reloaded), so its absence means a start that has not re-planned.
 */
const REPLANNED_KEY = 'afterview-replanned';

async function replannedThisSession(): Promise<boolean> {
  try {
    return (await browser.storage.session.get(REPLANNED_KEY))[REPLANNED_KEY] === true;
  } catch {
    return false;
  }
}

/** This worker's start-up re-plan, which the events that arrive together at a start share. */
let startUp: Promise<void> | null = null;
/** Ends the start-up re-plan's wait early (for a change); null once it has begun. */
let startNow: (() => void) | null = null;

/** Kept in storage.local across browser starts: when the last start-up re-plan ran, and with what (see changedSince). */
const MARK_KEY = 'afterview-replan-mark';

/** Re-plans what changed since the last start (everything, the first time), in small transactions. */
async function replanChanged(d: Db): Promise<void> {
  const now = Date.now();
  const [stored, settings] = await Promise.all([browser.storage.local.get(MARK_KEY).catch(() => ({}) as Record<string, unknown>), getSettings(d)]);
  // The settings are read once: what changedSince compares, what the plans are made with, and what the mark records are the same.
  const mark = replanMark(settings, now);
  const only = await changedSince(d, (stored[MARK_KEY] as ReplanMark | undefined) ?? null, mark);
  await replanInterviews(d, now, only, settings);
  await browser.storage.local.set({ [MARK_KEY]: mark }).catch(() => undefined);
}

/**
 * Start-up reconciles before it collects: a touch that came due while the
 * browser was closed moves to the next working moment rather than notifying at
 * once (on a Saturday night, say).
 */
function replanAtStart(d: Db, delayMs: number, urgent: boolean): Promise<void> {
  if (!startUp) {
    const waited = new Promise<void>((go) => {
      startNow = go;
      if (delayMs > 0) setTimeout(go, delayMs);
      else go();
    });
    startUp = waited
      .then(() => {
        startNow = null;
        return replanChanged(d);
      })
      .then(
        () => browser.storage.session.set({ [REPLANNED_KEY]: true }).catch(() => undefined),
        (error: unknown) => {
          startUp = null;
          throw error;
        },
      );
  }
  if (urgent) startNow?.();
  return startUp;
}

/**
 * The refresh under way, if any. Not state: a worker that restarts has none.
 * A worker woken by its alarm runs the wake-up refresh and the alarm's at the
 * same moment; a refresh that only collects (no re-plan) joins the one under
 * way, which started at most moments earlier and collects the same touches.
 * A refresh after a change never joins: the one under way may predate it.
 */
let inFlight: Promise<BackgroundStatus> | null = null;

export function refresh(options: RefreshOptions = { replan: true }): Promise<BackgroundStatus> {
  if (options.replan === false && inFlight) return inFlight;
  const run = derive(options).finally(() => {
    if (inFlight === run) inFlight = null;
  });
  inFlight = run;
  return run;
}

const logSnapshotFailure = (error: unknown) => console.warn('Afterview: popup snapshot not written:', error);

async function derive({ replan, startDelayMs = 0 }: RefreshOptions): Promise<BackgroundStatus> {
  const d = await db();
  /**
   * Whether this refresh follows a change, or writes one itself: only then can what the popup shows have moved.
   * A start changes something only if it is the refresh that begins the worker's start-up re-plan (below).
   */
  let changed = replan !== false && replan !== 'start';
  // Whether a change's re-plan moved touches, or a notice was raised, so that open pages read them again. Not the start-up
  // re-plan, as before: its broadcast reached pages mid-way through their own database work (a page deleting the database).
  let moved = false;
  // Once this worker has begun its start-up re-plan, every refresh waits for it; until then, storage.session says whether the browser session has.
  if (replan === 'start' || startUp || !(await replannedThisSession())) {
    changed ||= startUp === null;
    await replanAtStart(d, startDelayMs, replan !== false && replan !== 'start');
  }
  // A change re-plans on its own, after: a start re-plan under way may have read the data before it.
  if (replan !== false && replan !== 'start') {
    const summary = await replanInterviews(d, Date.now(), replan === true ? undefined : replan);
    moved ||= summary.created + summary.updated + summary.removed > 0;
  }
  const now = Date.now();
  const { notice, touches } = await collectDueTouches(d, now);
  await raiseNotice(d, notice, now);
  if (notice.kind !== 'none') changed = moved = true;
  const [nextAlarmAt, dueTouches, interviews] = await Promise.all([
    syncAlarm(touches, now),
    syncBadge(touches, now),
    d.count('interviews'),
    // Every change ends here, so the popup's snapshot follows every change; a wake-up or an alarm that changed nothing leaves it as it is.
    changed ? writePopupSnapshot(d, now).catch(logSnapshotFailure) : undefined,
  ]);
  // An open popup or composer may have read before the touches moved (a capture's new people): it reads again.
  if (moved) await broadcast('touchesChanged', {});
  return { interviews, dueTouches, dbVersion: DB_VERSION, nextAlarmAt };
}

/**
 * Collects what came due: every touch whose time has come is marked due in the
 * same transaction that read it (so a touch is never collected, and never
 * notified, twice, even if the data changes meanwhile). The touches read
 * around "now" come back updated, so the alarm and the badge are derived from
 * them without reading again.
 */
async function collectDueTouches(d: Db, now: number): Promise<{ notice: DueNotice; touches: Touch[] }> {
  const tx = d.transaction('touchpoints', 'readwrite');
  const around = await touchesAround(tx.store.index('statusDue'), now);
  const { marked, notice } = collectDue(around, now);
  await Promise.all(marked.map((touch) => tx.store.put(touch)));
  await tx.done;
  const updated = new Map(marked.map((touch) => [touch.id, touch]));
  return { notice, touches: around.map((touch) => updated.get(touch.id) ?? touch) };
}

/**
 * The one alarm, set to the earliest touch that still awaits a notice. It is
 * derived from the database every time (never remembered), so a browser that
 * cleared alarms on restart, or a worker that was stopped, heals on the next
 * start or change. No alarm per touch: Chrome caps how many exist.
 */
async function syncAlarm(touches: readonly Touch[], now: number): Promise<number | null> {
  const when = nextAlarmAt(touches, now);
  if (when === null) {
    await browser.alarms.clear(ALARM_NAME);
    return null;
  }
  const current = await browser.alarms.get(ALARM_NAME);
  if (current?.scheduledTime !== when) {
    // Creating an alarm with an existing name replaces it.
    await browser.alarms.create(ALARM_NAME, { when });
  }
  return when;
}

/** The toolbar badge counts the follow-ups that are due now. */
async function syncBadge(touches: readonly Touch[], now: number): Promise<number> {
  const due = countDue(touches, now);
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
  return due;
}
