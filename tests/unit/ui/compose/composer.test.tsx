import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createInterview } from '../../../../src/db/interviews.ts';
import { db } from '../../../../src/db/open.ts';
import { putTidbit } from '../../../../src/db/tidbits.ts';
import { listTouchpointsFor } from '../../../../src/db/touchpoints.ts';
import { Composer } from '../../../../src/ui/compose/Composer.tsx';
import { draftKey } from '../../../../src/ui/compose/draft-key.ts';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';
import { NOW, planTouch, seedComposeData, type Seeded } from './seed-compose.ts';
import { interviewFields } from '../../../support/records.ts';

let clipboard: string[];
let seeded: Seeded;

beforeEach(async () => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void clipboard.push(text)) },
  });
  seeded = await seedComposeData();
});

const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const topic = () => screen.getByLabelText('What you talked about') as HTMLInputElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

async function openComposer(props: { interviewId?: string; touchId?: string } = { interviewId: seeded.interviewId }) {
  const view = render(<Composer {...props} />);
  await screen.findByRole('tab', { name: /^Anna Lee/ });
  return view;
}

describe('Composer', () => {
  it('writes a note per interviewer from their own notes and keeps each while switching', async () => {
    await openComposer();
    expect(tab('Anna Lee').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(button('Kafka migration'));
    expect(topic().value).toBe('Kafka migration');
    expect(subject().value).toBe('Thank you — Data Engineer interview');
    expect(body().value).toContain('Hi Anna,');
    expect(body().value).toContain('our conversation about Kafka migration.');
    expect(body().value).toContain('Kafka at scale\nhttps://example.test/t-kafka?a=1&b=2');
    expect(body().value).toContain('Best regards,\nSam Candidate\n+1 555 0100');

    fireEvent.click(tab('Ben Okafor'));
    expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true');
    expect(topic().value).toBe('');
    // Ben's picks are his own notes; his tidbit is the one that matches them.
    expect(screen.queryByRole('button', { name: 'Kafka migration' })).toBeNull();
    fireEvent.click(button('dbt models'));
    expect(body().value).toContain('Hi Ben,');
    expect(body().value).toContain('dbt models that last');

    fireEvent.click(tab('Anna Lee'));
    expect(topic().value).toBe('Kafka migration');
    expect(body().value).toContain('Hi Anna,');
  });

  it('moves between interviewers with the arrow keys, like any tab list', async () => {
    await openComposer();
    fireEvent.keyDown(tab('Anna Lee'), { key: 'ArrowRight' });
    await waitFor(() => expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('Ben Okafor'));
    expect(tab('Ben Okafor').tabIndex).toBe(0);
    expect(tab('Anna Lee').tabIndex).toBe(-1);
    fireEvent.keyDown(tab('Ben Okafor'), { key: 'Home' });
    await waitFor(() => expect(tab('Anna Lee').getAttribute('aria-selected')).toBe('true'));
  });

  it('blocks every way of sending while a placeholder is empty, and ties the problem to the field', async () => {
    await openComposer();
    const problem = screen.getByText('{{topic}} has no value for this person. Fill it in or take it out of the note.');
    for (const name of ['Copy', 'Mail program', 'Gmail', 'Outlook (work)', 'Outlook (personal)', 'Mark as sent']) {
      expect(button(name).disabled, name).toBe(true);
    }
    expect(topic().getAttribute('aria-invalid')).toBe('true');
    expect(topic().getAttribute('aria-describedby')?.split(' ')).toContain(problem.id);
    expect(body().getAttribute('aria-describedby')?.split(' ')).toContain(problem.id);
    expect(screen.getByText('Fix the problems above before sending this note.')).toBeTruthy();
    // Never a literal placeholder, never a silent blank in what would be sent.
    expect(body().value).not.toContain('{{');

    type(topic(), 'the data platform');
    expect(screen.queryByText(/has no value/)).toBeNull();
    for (const name of ['Copy', 'Gmail', 'Mark as sent']) expect(button(name).disabled, name).toBe(false);
  });

  it('inserts the best tidbit, tries the next one, or none', async () => {
    await openComposer();
    const chooser = screen.getByRole('group', { name: 'Tidbit' });
    expect(within(chooser).getByText('Kafka at scale')).toBeTruthy();
    fireEvent.click(button('Try the next one'));
    expect(within(chooser).queryByText('Kafka at scale')).toBeNull();
    expect(body().value).not.toContain('t-kafka');
    expect(body().value).toMatch(/t-(dbt|stream)/);

    fireEvent.click(button('No tidbit'));
    expect(button('No tidbit').getAttribute('aria-pressed')).toBe('true');
    expect(within(chooser).getByText('No tidbit in this note.')).toBeTruthy();
    expect(body().value).not.toContain('https://');
    expect(body().value).not.toContain('came across this');

    fireEvent.click(button('No tidbit'));
    expect(button('No tidbit').getAttribute('aria-pressed')).toBe('false');
    expect(body().value).toContain('https://example.test/t-kafka');
  });

  it('warns when two interviewers would get nearly the same note, and stops when they differ', async () => {
    await openComposer();
    const status = () => document.querySelector('[data-status="similar"]')!.textContent ?? '';
    // Two fresh notes waiting for their topic are not copies of anything yet.
    expect(status()).toBe('');
    type(topic(), 'the data platform');
    fireEvent.click(button('No tidbit'));
    fireEvent.click(tab('Ben Okafor'));
    type(topic(), 'the data platform');
    expect(status()).toBe('');
    fireEvent.click(button('No tidbit'));
    expect(status()).toBe('The notes to Anna Lee and Ben Okafor are nearly the same. Interviewers compare notes: make each one personal.');

    type(body(), 'Hi Ben,\n\nYour story about rebuilding the warehouse in a weekend stayed with me. I will send you the benchmark we discussed.\n\nSam');
    expect(status()).toBe('');
  });

  it('keeps hand edits, says they no longer follow the template, and can go back to it', async () => {
    await openComposer();
    type(topic(), 'Kafka');
    type(body(), 'Hi Anna,\n\nMy own words. ');
    expect(body().value).toBe('Hi Anna,\n\nMy own words. ');
    expect(screen.getByText(/You changed this text/)).toBeTruthy();
    type(topic(), 'something else');
    expect(body().value).toBe('Hi Anna,\n\nMy own words. ');
    fireEvent.click(button('Use the template’s text again'));
    expect(body().value).toContain('our conversation about something else.');
    expect(screen.queryByText(/You changed this text/)).toBeNull();
  });

  it('copies subject and body, records the exact text and tidbit as sent, and shows it in the history', async () => {
    const planned = await planTouch({ id: 'planned-anna', interviewId: seeded.interviewId, contactId: seeded.anna });
    const handler = vi.fn(() => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    await openComposer();
    type(topic(), 'Kafka migration');
    const sentSubject = subject().value;
    const sentBody = body().value;

    fireEvent.click(button('Copy'));
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(clipboard[0]).toBe(`Subject: ${sentSubject}\n\n${sentBody}`);
    await screen.findByText('Copied. Paste it into a new message to Anna Lee, then mark it as sent.');

    fireEvent.click(button('Mark as sent'));
    await screen.findByText('Recorded the note to Anna Lee as sent.');
    const touches = await listTouchpointsFor(await db(), seeded.interviewId);
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ id: planned.id, status: 'sent', kind: 'thank-you', subject: sentSubject, body: sentBody, tidbitId: 't-kafka', asksStatus: false });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ name: 'dataChanged', request: { stores: ['touchpoints'], interviewIds: [seeded.interviewId] } }), expect.anything());

    const history = screen.getByRole('region', { name: 'Sent from this interview' });
    expect(within(history).getByText(sentSubject)).toBeTruthy();
    expect(within(history).getByText(/to Anna Lee <anna@acme\.test>/)).toBeTruthy();
    expect(within(history).getByText('Tidbit: Kafka at scale')).toBeTruthy();
    expect(history.querySelector('pre')?.textContent).toBe(sentBody);
    expect(tab('Anna Lee').textContent).toContain('sent');

    // Kafka at scale went to Anna: her next note never offers it again.
    expect(screen.queryByText('Kafka at scale', { selector: '.tidbit-card__title' })).toBeNull();
    const next = button('Next: Ben Okafor');
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    await waitFor(() => expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('Ben Okafor'));
  });

  it('does not count a tidbit as used when its link is not in the note that was sent', async () => {
    await openComposer();
    type(topic(), 'Kafka');
    type(body(), 'Hi Anna, thank you for your time. Sam');
    fireEvent.click(button('Mark as sent'));
    await screen.findByText('Recorded the note to Anna Lee as sent.');
    const [touch] = await listTouchpointsFor(await db(), seeded.interviewId);
    expect(touch).toMatchObject({ body: 'Hi Anna, thank you for your time. Sam', tidbitId: null });
  });

  it('opens prefilled mail links in a new tab', async () => {
    await openComposer();
    type(topic(), 'Kafka & C++ #1');
    fireEvent.click(button('Gmail'));
    await waitFor(() => expect(fakeBrowser()._state.createdTabs).toHaveLength(1));
    const gmail = new URL(fakeBrowser()._state.createdTabs[0]!.url!);
    expect(gmail.host).toBe('mail.google.com');
    expect(gmail.searchParams.get('to')).toBe('anna@acme.test');
    expect(gmail.searchParams.get('su')).toBe(subject().value);
    expect(gmail.searchParams.get('body')).toBe(body().value);
    expect(body().value).toContain('Kafka & C++ #1');
    await screen.findByText('Opened in Gmail. Once you have sent it, mark it as sent.');

    const mailto = new URL(button('Mail program').dataset.href!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe('anna@acme.test');
    expect(new URLSearchParams(mailto.search).get('body')).toBe(body().value.replace(/\n/g, '\r\n'));
    expect(new URL(button('Outlook (personal)').dataset.href!).host).toBe('outlook.live.com');
    expect(new URL(button('Outlook (work)').dataset.href!).searchParams.get('subject')).toBe(subject().value);
  });

  it('says when a link would be too long and copies instead', async () => {
    await openComposer();
    type(topic(), 'Kafka');
    type(body(), `Hi Anna,\n\n${'Thank you. '.repeat(250)}`);
    expect(button('Mail program').dataset.href).toBe('');
    expect(button('Gmail').dataset.href).not.toBe('');
    const note = screen.getByText(/too long to open in your mail program directly/);
    expect(note.textContent).toContain('Mail program');
    expect(button('Mail program').getAttribute('aria-describedby')).toContain(note.id);
    fireEvent.click(button('Mail program'));
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(fakeBrowser()._state.createdTabs).toHaveLength(0);
  });

  it('says so when the address is not usable, and copies instead of opening a link', async () => {
    cleanup();
    const other = await seedComposeData({ benEmail: 'ben@acme.test?cc=boss@acme.test' });
    render(<Composer interviewId={other.interviewId} />);
    fireEvent.click(await screen.findByRole('tab', { name: /^Ben Okafor/ }));
    type(topic(), 'dbt');
    expect(screen.getByText('This email address does not look right. Check it, or copy the note instead.')).toBeTruthy();
    fireEvent.click(button('Outlook (work)'));
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(fakeBrowser()._state.createdTabs).toHaveLength(0);
  });

  it('finds the note as it was left after the popup closed, and asks to mark it as sent', async () => {
    const first = await openComposer();
    // Opening the composer alone saves nothing; only what the user changed is kept.
    expect(fakeBrowser()._state.storage.has(draftKey(seeded.interviewId))).toBe(false);
    type(topic(), 'Kafka migration');
    fireEvent.click(button('Gmail'));
    await waitFor(() => expect(fakeBrowser()._state.storage.get(draftKey(seeded.interviewId))).toMatchObject({ notes: { [seeded.anna]: { handedTo: 'gmail' } } }));
    first.unmount();

    await openComposer();
    await waitFor(() => expect(topic().value).toBe('Kafka migration'));
    expect(screen.getByText('Opened in Gmail. Once you have sent it, mark it as sent.')).toBeTruthy();
  });

  it('opens on a planned touch with its person and the template of its kind', async () => {
    await planTouch({ id: 'check-ben', interviewId: seeded.interviewId, contactId: seeded.ben, kind: 'check-in' });
    // A later open interview, which the composer would open on were the touch's own not looked up.
    await createInterview(await db(), interviewFields({ company: 'Other Co', role: 'Analyst', round: 1, start: NOW + 86_400_000, end: null, decisionDate: null, status: 'awaiting', notes: '' }), NOW);
    render(<Composer touchId="check-ben" />);
    await waitFor(() => expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true'));
    expect((screen.getByLabelText('Interview') as HTMLSelectElement).value).toBe(seeded.interviewId);
    expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('builtin-check-in');
    expect(subject().value).toBe('Following up — Data Engineer at Acme Robotics');
    fireEvent.click(button('Mark as sent'));
    await screen.findByText('Recorded the note to Ben Okafor as sent.');
    const touches = await listTouchpointsFor(await db(), seeded.interviewId);
    expect(touches).toEqual([expect.objectContaining({ id: 'check-ben', status: 'sent', kind: 'check-in', asksStatus: true })]);
  });

  it('renders hostile names and notes as text, never as markup', async () => {
    cleanup();
    // Another address: a known contact keeps their name whatever a later record says.
    const hostile = await seedComposeData({ annaName: '<img src=x onerror=alert(1)> {{firstName}}', annaEmail: 'anna.h@acme.test' });
    render(<Composer interviewId={hostile.interviewId} />);
    await screen.findByRole('tab', { name: /^<img/ });
    expect(document.querySelector('img')).toBeNull();
    type(topic(), '<b>bold</b>');
    expect(body().value).toContain('<b>bold</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('passes axe-core with its problems shown, with a tidbit, and with a history', async () => {
    const { container } = await openComposer();
    expect(await axeViolations(container)).toEqual([]);
    type(topic(), 'Kafka');
    fireEvent.click(button('Mark as sent'));
    await screen.findByText('Recorded the note to Anna Lee as sent.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers a tidbit saved in another tab as soon as the background says so, keeping the note', async () => {
    await openComposer();
    type(topic(), 'Kafka migration');
    expect(screen.getByText('1 of 3')).toBeTruthy();
    await putTidbit(await db(), { ...seeded.tidbits[0]!, id: 't-new', url: 'https://example.test/new', title: 'Kafka migration war stories', savedAt: Date.now() });
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'tidbitsChanged', request: {} }, { id: fakeBrowser().runtime.id });
    // The new one ranks first; the note keeps the tidbit it had.
    await screen.findByText('2 of 4');
    expect(topic().value).toBe('Kafka migration');
    expect(screen.getByText('Kafka at scale')).toBeTruthy();
  });
});
