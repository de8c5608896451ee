import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/types.ts';
import { createInterview } from '../../../../src/db/interviews.ts';
import { db } from '../../../../src/db/open.ts';
import { saveSettings } from '../../../../src/db/settings.ts';
import { getTouch } from '../../../../src/db/touches.ts';
import { POPUP_DUE_LIMIT } from '../../../../src/db/popup-snapshot.ts';
import { DueList } from '../../../../src/ui/followups/DueList.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { EXTENSION_ID, EXTENSION_ORIGIN } from '../../../setup/fake-browser.ts';
import { axeViolations } from '../../../support/axe.ts';
import { interviewFields } from '../../../support/records.ts';
import { DAY, HOUR, NOW, seedTouch, seedPeople, type DueSeed } from '../../../support/seed-due.ts';

let seed: DueSeed;
type Listener = (message: { direction?: string; name?: string; request?: unknown }) => Promise<unknown> | undefined;
let background: ReturnType<typeof vi.fn<Listener>>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  seed = await seedPeople();
  // Stands in for the background: records what the page tells it.
  background = vi.fn<Listener>((message) =>
    message.direction === 'ui→background' ? Promise.resolve({ ok: true, value: {} }) : undefined,
  );
  fakeBrowser().runtime.onMessage.addListener(background);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const changedStores = () =>
  background.mock.calls.map(([message]) => message as { name: string; request: { stores: string[] } }).filter((m) => m.name === 'dataChanged').map((m) => m.request.stores);

function item(touchId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-touch="${touchId}"]`);
  if (!found) throw new Error(`No item for ${touchId}`);
  return found;
}
const listed = (list: 'due' | 'upcoming') =>
  [...document.querySelectorAll(`[data-list="${list}"] .due-item__task`)].map((el) => el.textContent);
const status = () => document.querySelector('[data-status="due"]')!.textContent;

/** A due thank-you to Jane, an overdue check-in with Ben, a snoozed value-add tomorrow, and history. */
async function seedMixed() {
  await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, kind: 'thank-you', status: 'due', dueAt: NOW - 2 * HOUR, notifiedAt: NOW - 2 * HOUR });
  await seedTouch({ id: 'check-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'check-in', status: 'planned', dueAt: NOW - 30 * 60_000, asksStatus: true });
  await seedTouch({ id: 'value-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'value-add', status: 'snoozed', dueAt: NOW + DAY });
  await seedTouch({ id: 'far-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'check-in', status: 'planned', dueAt: NOW + 20 * DAY });
  await seedTouch({ id: 'sent-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'thank-you', status: 'sent', dueAt: NOW - DAY, sentAt: NOW - DAY });
  await seedTouch({ id: 'skipped-jane', interviewId: seed.interviewId, contactId: seed.jane, kind: 'value-add', status: 'skipped', dueAt: NOW - DAY });
}

/** Two more touches due now than the popup lists, due-00 waiting longest; marked due and overdue planned ones mixed. */
async function seedBacklog(): Promise<number> {
  const total = POPUP_DUE_LIMIT + 2;
  for (let i = 0; i < total; i += 1) {
    const status = i % 2 ? 'planned' : 'due';
    await seedTouch({ id: `due-${String(i).padStart(2, '0')}`, interviewId: seed.interviewId, contactId: seed.jane, status, dueAt: NOW - (total - i) * HOUR });
  }
  return total;
}

function renderList(variant: 'popup' | 'dashboard' = 'popup') {
  return render(<DueList variant={variant} />);
}

describe('DueList', () => {
  it('lists what is due, longest waiting first, saying what to do, for whom and on which day the interview was', async () => {
    await seedMixed();
    renderList('dashboard');
    await screen.findByRole('heading', { name: 'Follow-ups due (2)' });
    expect(listed('due')).toEqual(['Thank Jane Doe at Acme', 'Check in with Ben Okafor at Acme']);
    expect(within(item('thank-jane')).getByText('Interview today')).toBeTruthy();
    expect(within(item('check-ben')).getByText('Interview today')).toBeTruthy();
    // Coming up in the next days, with its own time; history and the far-off check-in stay out.
    expect(listed('upcoming')).toEqual(['Send Ben Okafor at Acme something worth reading']);
    expect(item('value-ben').querySelector('.due-item__meta')!.textContent).toMatch(/^Value-add · Snoozed until Wed 4:00\sPM$/);
    for (const absent of ['far-ben', 'sent-ben', 'skipped-jane']) expect(document.querySelector(`[data-touch="${absent}"]`)).toBeNull();
    // Each item's buttons are a group named after the task.
    expect(within(item('thank-jane')).getByRole('group', { name: 'Thank Jane Doe at Acme' })).toBeTruthy();
    expect(within(item('value-ben')).getByRole('button', { name: 'Send early' })).toBeTruthy();
    expect(within(item('value-ben')).queryByRole('button', { name: 'Snooze' })).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('opens the composer on the touch for "Write it", and the popup closes', async () => {
    await seedMixed();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderList('popup');
    fireEvent.click(within(await waitFor(() => item('check-ben'))).getByRole('button', { name: 'Write it' }));
    await waitFor(() => expect(fakeBrowser()._state.createdTabs).toEqual([{ url: `${EXTENSION_ORIGIN}src/compose/index.html?interview=${seed.interviewId}&touch=check-ben` }]));
    expect(close).toHaveBeenCalledOnce();
    expect(changedStores()).toEqual([]);
  });

  it('opens the composer on a planned touch for "Send early", and the dashboard stays open', async () => {
    await seedMixed();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderList('dashboard');
    fireEvent.click(within(await waitFor(() => item('value-ben'))).getByRole('button', { name: 'Send early' }));
    await waitFor(() => expect(fakeBrowser()._state.createdTabs).toEqual([{ url: `${EXTENSION_ORIGIN}src/compose/index.html?interview=${seed.interviewId}&touch=value-ben` }]));
    expect(close).not.toHaveBeenCalled();
  });

  it('hands the touch to onWrite instead, for a page that shows the composer itself', async () => {
    await seedMixed();
    const onWrite = vi.fn();
    render(<DueList variant="popup" onWrite={onWrite} />);
    fireEvent.click(within(await waitFor(() => item('thank-jane'))).getByRole('button', { name: 'Write it' }));
    await waitFor(() => expect(onWrite).toHaveBeenCalledWith(expect.objectContaining({ id: 'thank-jane' })));
    expect(fakeBrowser()._state.createdTabs).toEqual([]);
  });

  it('snoozes by keyboard: the menu opens on its first choice, the arrows move, a choice is written, told and announced', async () => {
    await seedMixed();
    renderList();
    const snooze = within(await waitFor(() => item('thank-jane'))).getByRole('button', { name: 'Snooze' });
    expect(snooze.getAttribute('aria-haspopup')).toBe('menu');
    expect(snooze.getAttribute('aria-expanded')).toBe('false');

    fireEvent.keyDown(snooze, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu');
    expect(snooze.getAttribute('aria-expanded')).toBe('true');
    const choices = within(menu).getAllByRole('menuitem');
    // 16:00 + 3 h is after work: "later today" would be tomorrow at 9:00, which "Tomorrow" already says.
    expect(choices.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^Tomorrow \(Wed 9:00\sAM\)$/),
      expect.stringMatching(/^Next week \(Tue, Mar 10, 9:00\sAM\)$/),
    ]);
    await waitFor(() => expect(document.activeElement).toBe(choices[0]));
    expect(choices.map((c) => c.tabIndex)).toEqual([0, -1]);
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(choices[1]));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(choices[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(choices[1]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(choices[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(choices[1]));
    fireEvent.click(choices[0]!);

    await waitFor(() => expect(status()).toMatch(/^Snoozed until Wed 9:00\sAM$/));
    const stored = await getTouch(await db(), 'thank-jane');
    expect(stored).toMatchObject({ status: 'snoozed', dueAt: new Date(2026, 2, 4, 9, 0).getTime(), notifiedAt: null });
    expect(changedStores()).toEqual([['touchpoints']]);
    // It leaves the due list, and the focus moves on to the follow-up that took its place.
    await waitFor(() => expect(listed('due')).toEqual(['Check in with Ben Okafor at Acme']));
    expect(document.activeElement).toBe(within(item('check-ben')).getByRole('button', { name: 'Write it' }));
  });

  it('closes the snooze menu with Escape, back on its button, without snoozing', async () => {
    await seedMixed();
    renderList();
    const snooze = within(await waitFor(() => item('thank-jane'))).getByRole('button', { name: 'Snooze' });
    fireEvent.click(snooze);
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(snooze);
    expect((await getTouch(await db(), 'thank-jane'))?.status).toBe('due');
    expect(changedStores()).toEqual([]);
  });

  it('words the snooze choices by the saved working hours, as the snooze itself reckons them', async () => {
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, workStart: 8 * 60, workEnd: 20 * 60 });
    await seedMixed();
    renderList();
    fireEvent.click(within(await waitFor(() => item('thank-jane'))).getByRole('button', { name: 'Snooze' }));
    const choices = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    // 16:00 + 3 h is still working time until 20:00; tomorrow starts at 8:00.
    expect(choices.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^Later today \(.*7:00\sPM\)$/),
      expect.stringMatching(/^Tomorrow \(Wed 8:00\sAM\)$/),
      expect.stringMatching(/^Next week \(Tue, Mar 10, 8:00\sAM\)$/),
    ]);
  });

  it('skips a touch: written as skipped, the background told, the skip announced', async () => {
    await seedMixed();
    renderList();
    fireEvent.click(within(await waitFor(() => item('check-ben'))).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(status()).toBe('Skipped: Check in with Ben Okafor at Acme'));
    expect((await getTouch(await db(), 'check-ben'))?.status).toBe('skipped');
    expect(changedStores()).toEqual([['touchpoints']]);
    await waitFor(() => expect(listed('due')).toEqual(['Thank Jane Doe at Acme']));
    // The last item was acted on, so the focus goes to the one before it.
    expect(document.activeElement).toBe(within(item('thank-jane')).getByRole('button', { name: 'Write it' }));
  });

  it('undoes a skip: the touch comes back exactly as it was, and the background is told', async () => {
    await seedMixed();
    renderList();
    const before = await getTouch(await db(), 'check-ben');
    fireEvent.click(within(await waitFor(() => item('check-ben'))).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(status()).toBe('Skipped: Check in with Ben Okafor at Acme'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status()).toBe('Back in your follow-ups: Check in with Ben Okafor at Acme'));
    expect(await getTouch(await db(), 'check-ben')).toEqual(before);
    expect(changedStores()).toEqual([['touchpoints'], ['touchpoints']]);
    await waitFor(() => expect(listed('due')).toContain('Check in with Ben Okafor at Acme'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps to what is due in the popup, which has one screen: what comes next shows only when nothing is due', async () => {
    await seedMixed();
    renderList('popup');
    await screen.findByRole('heading', { name: 'Follow-ups due (2)' });
    expect(listed('due')).toEqual(['Thank Jane Doe at Acme', 'Check in with Ben Okafor at Acme']);
    expect(document.querySelector('[data-list="upcoming"]')).toBeNull();
  });

  it('skips a planned touch coming up, too', async () => {
    await seedMixed();
    renderList('dashboard');
    fireEvent.click(within(await waitFor(() => item('value-ben'))).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(status()).toBe('Skipped: Send Ben Okafor at Acme something worth reading'));
    expect((await getTouch(await db(), 'value-ben'))?.status).toBe('skipped');
  });

  it('does not bring back a touch that was sent meanwhile, and says so', async () => {
    await seedMixed();
    renderList();
    await waitFor(() => item('thank-jane'));
    // The composer, in another tab, records it as sent.
    const sent = { ...(await getTouch(await db(), 'thank-jane'))!, status: 'sent' as const, sentAt: NOW };
    await (await db()).put('touchpoints', sent);
    fireEvent.click(within(item('thank-jane')).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(status()).toBe('This follow-up was already sent or removed.'));
    expect(await getTouch(await db(), 'thank-jane')).toEqual(sent);
    expect(changedStores()).toEqual([]);
  });

  it('says nothing is due and names the next planned touch, which can be sent early', async () => {
    await seedTouch({ id: 'check-jane', interviewId: seed.interviewId, contactId: seed.jane, kind: 'check-in', dueAt: new Date(2026, 2, 12, 9).getTime(), asksStatus: true });
    await seedTouch({ id: 'value-jane', interviewId: seed.interviewId, contactId: seed.jane, kind: 'value-add', dueAt: new Date(2026, 2, 26, 9).getTime() });
    renderList();
    await screen.findByRole('heading', { name: 'Follow-ups' });
    expect(screen.getByText('Nothing due now. Next: Check in with Jane Doe at Acme, due Thu, Mar 12, 9:00 AM')).toBeTruthy();
    // The one named is not listed twice; the one after it is beyond the coming week.
    expect(document.querySelector('[data-list]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send early' }));
    await waitFor(() => expect(fakeBrowser()._state.createdTabs).toEqual([{ url: `${EXTENSION_ORIGIN}src/compose/index.html?interview=${seed.interviewId}&touch=check-jane` }]));
  });

  it('does not offer to send early a thank-you for an interview that has not taken place, named next or listed coming up', async () => {
    const d = await db();
    const start = NOW + 2 * DAY;
    const later = await createInterview(d, interviewFields({ company: 'Acme', role: 'Engineer', round: 2, start, end: start + HOUR, decisionDate: null, status: 'awaiting', notes: '' }), NOW);
    await seedTouch({ id: 'thank-jane-later', interviewId: later.id, contactId: seed.jane, kind: 'thank-you', dueAt: start + 5 * HOUR });
    await seedTouch({ id: 'thank-ben-later', interviewId: later.id, contactId: seed.ben, kind: 'thank-you', dueAt: start + 6 * HOUR });
    await seedTouch({ id: 'check-ben', interviewId: seed.interviewId, contactId: seed.ben, kind: 'check-in', dueAt: start + 7 * HOUR, asksStatus: true });
    renderList();
    const next = await screen.findByText('Nothing due now. Next: Thank Jane Doe at Acme, due Thu 9:00 PM');
    expect(within(next.parentElement!).queryByRole('button', { name: 'Send early' })).toBeNull();
    await waitFor(() => expect(listed('upcoming')).toEqual(['Thank Ben Okafor at Acme', 'Check in with Ben Okafor at Acme']));
    expect(within(item('thank-ben-later')).queryByRole('button', { name: 'Send early' })).toBeNull();
    expect(within(item('thank-ben-later')).getByRole('button', { name: 'Skip' })).toBeTruthy();
    // A follow-up of an interview that took place can still go early.
    expect(within(item('check-ben')).getByRole('button', { name: 'Send early' })).toBeTruthy();
  });

  it(`lists the ${POPUP_DUE_LIMIT} longest waiting in the popup, counts them all, and links to the dashboard for the rest`, async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const total = await seedBacklog();
    renderList('popup');
    await screen.findByRole('heading', { name: `Follow-ups due (${total})` });
    expect([...document.querySelectorAll('[data-list="due"] > li')].map((li) => li.getAttribute('data-touch'))).toEqual(
      Array.from({ length: POPUP_DUE_LIMIT }, (_, i) => `due-${String(i).padStart(2, '0')}`),
    );
    fireEvent.click(screen.getByRole('button', { name: '2 more due: see them all in the dashboard' }));
    await waitFor(() => expect(fakeBrowser()._state.createdTabs).toEqual([{ url: `${EXTENSION_ORIGIN}src/options/index.html#due` }]));
    expect(close).toHaveBeenCalledOnce();
  });

  it('lists every due touch on the dashboard, with no link to itself', async () => {
    const total = await seedBacklog();
    renderList('dashboard');
    await waitFor(() => expect(document.querySelectorAll('[data-list="due"] > li')).toHaveLength(total));
    expect(screen.queryByRole('button', { name: /more due/ })).toBeNull();
  });

  it('shows nothing in the popup when nothing is planned, and says so on the dashboard', async () => {
    const popup = render(<DueList variant="popup" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(popup.container.innerHTML).toBe('');
    popup.unmount();
    render(<DueList variant="dashboard" />);
    expect(await screen.findByText('No follow-ups planned yet. They are planned once an interview has interviewers.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add follow-ups to my calendar (.ics)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reloads when the background says touches changed', async () => {
    renderList();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('.due-list')).toBeNull();
    await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due', dueAt: NOW - HOUR });
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'touchesChanged', request: {} }, { id: EXTENSION_ID });
    await waitFor(() => expect(listed('due')).toEqual(['Thank Jane Doe at Acme']));
  });

  it('ignores the same broadcast from another extension', async () => {
    renderList();
    await new Promise((r) => setTimeout(r, 50));
    await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due', dueAt: NOW - HOUR });
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'touchesChanged', request: {} }, { id: 'someone-else' });
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('.due-list')).toBeNull();
  });

  it('renders a hostile name as text, and an unknown contact as "your interviewer"', async () => {
    // Another address: a known contact keeps their name whatever a later record says.
    const hostile = await seedPeople({ janeName: '<img src=x onerror=alert(1)>', janeEmail: 'jane.h@acme.test' });
    await seedTouch({ id: 'thank-hostile', interviewId: hostile.interviewId, contactId: hostile.jane, status: 'due', dueAt: NOW - HOUR });
    await seedTouch({ id: 'thank-nobody', interviewId: hostile.interviewId, contactId: 'deleted-contact', status: 'due', dueAt: NOW - HOUR / 2 });
    renderList();
    await waitFor(() => expect(listed('due')).toEqual(['Thank <img src=x onerror=alert(1)> at Acme', 'Thank your interviewer at Acme']));
    expect(document.querySelector('img')).toBeNull();
  });

  it('sits under the dashboard’s own heading there, and returns the focus to it when the list empties', async () => {
    await seedTouch({ id: 'thank-jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due', dueAt: NOW - HOUR });
    render(
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due</h2>
        <DueList variant="dashboard" headingId="due-heading" />
      </section>,
    );
    await waitFor(() => item('thank-jane'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Due']);
    expect(screen.getByRole('list', { name: 'Due' })).toBe(item('thank-jane').parentElement);
    fireEvent.click(within(item('thank-jane')).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Due' })));
    expect(screen.getByText('No follow-ups planned yet. They are planned once an interview has interviewers.')).toBeTruthy();
  });
});
