import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createInterview, updateInterview } from '../../../../src/db/interviews.ts';
import { db } from '../../../../src/db/open.ts';
import { putTemplate } from '../../../../src/db/templates.ts';
import { putTidbit } from '../../../../src/db/tidbits.ts';
import { listTouchesFor } from '../../../../src/db/touches.ts';
import { Composer } from '../../../../src/ui/compose/Composer.tsx';
import { draftKey } from '../../../../src/ui/compose/draft-keys.ts';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';
import { NOW, planTouch, seedComposeData, type Seeded } from '../../../support/seed-compose.ts';
import { interviewFields } from '../../../support/records.ts';
import { speak } from '../../../support/language.ts';

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
const statusText = () => document.querySelector('[data-status="compose"]')?.textContent ?? '';

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

  it('writes a whole note before any topic is picked, and says which sentence the topic completes', async () => {
    await openComposer();
    expect(body().value).toContain('Thank you for taking the time to speak with me on Tuesday, March 3.\n\nIt left me even more interested in the Data Engineer role at Acme Robotics');
    expect(body().value).not.toMatch(/ {2}|about \.|of \./);
    expect(screen.getByText('Completes: “I especially enjoyed our conversation about …”')).toBeTruthy();
    expect(topic().getAttribute('aria-invalid')).toBe('false');
    expect(document.querySelector('.problems')).toBeNull();
    for (const name of ['Copy', 'Mail program', 'Gmail', 'Mark as sent']) expect(button(name).disabled, name).toBe(false);
  });

  it('offers topics from the notes as phrases that fit the sentence, and puts them in it', async () => {
    cleanup();
    const other = await seedComposeData({ annaNotes: 'Cares about on-call load on the platform team\nasked how I would cut pager noise' });
    render(<Composer interviewId={other.interviewId} />);
    await screen.findByRole('tab', { name: /^Anna Lee/ });
    fireEvent.click(button('on-call load on the platform team'));
    expect(body().value).toContain('I especially enjoyed our conversation about on-call load on the platform team.');
    fireEvent.click(button('how to cut pager noise'));
    expect(topic().value).toBe('how to cut pager noise');
    expect(body().value).toContain('I especially enjoyed our conversation about how to cut pager noise.');
  });

  it('holds back a note whose template needs a topic, in plain words, and marks nothing invalid before it is touched', async () => {
    await putTemplate(await db(), { id: 'builtin-thank-you', kind: 'thank-you', name: 'Mine', subject: 'Thanks', body: 'Hi {{firstName}}, about {{topic}}. {{signature}}', builtIn: true, updatedAt: 1 });
    await openComposer();
    const problem = screen.getByText('Add what you talked about with Anna, or pick a template without a topic.');
    expect(screen.getByText('Still to do before sending')).toBeTruthy();
    expect(problem.className).not.toContain('field__error');
    expect(topic().getAttribute('aria-invalid')).toBe('false');
    expect(body().getAttribute('aria-invalid')).toBe('false');
    for (const name of ['Copy', 'Mail program', 'Gmail', 'Outlook', 'Mark as sent']) expect(button(name).disabled, name).toBe(true);
    expect(statusText()).toBe('Fix the problems above before sending this note.');
    expect(document.querySelector('[data-status="compose"]')!.className).toContain('--hint');

    // Touched and still empty: now it is an error, tied to the fields it is about.
    type(topic(), ' ');
    expect(screen.getByText('Fix before sending')).toBeTruthy();
    const shown = screen.getByText('Add what you talked about with Anna, or pick a template without a topic.');
    expect(shown.className).toContain('field__error');
    expect(topic().getAttribute('aria-invalid')).toBe('true');
    expect(topic().getAttribute('aria-describedby')?.split(' ')).toContain(shown.id);
    expect(body().getAttribute('aria-describedby')?.split(' ')).toContain(shown.id);
    expect(document.querySelector('[data-status="compose"]')!.className).toContain('--error');
    // Never a literal placeholder, never a silent blank in what would be sent.
    expect(body().value).not.toContain('{{');

    type(topic(), 'the data platform');
    expect(document.querySelector('.problems')).toBeNull();
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
    // Two fresh notes nobody has worked on are not copies of anything yet.
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

  it('copies subject and body, records the exact text and tidbit as sent once, and does not open the next note in place', async () => {
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
    expect(button('Mark as sent').className).toContain('button--primary');

    fireEvent.click(button('Mark as sent'));
    const recorded = await screen.findByText(/^Recorded as sent to Anna Lee today at \d{1,2}:\d{2}\s[AP]M\.$/);
    const touches = await listTouchesFor(await db(), seeded.interviewId);
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ id: planned.id, status: 'sent', kind: 'thank-you', subject: sentSubject, body: sentBody, tidbitId: 't-kafka', asksStatus: false });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ name: 'dataChanged', request: { stores: ['touchpoints'], interviewIds: [seeded.interviewId] } }), expect.anything());

    // The panel shows what went out, with no form and no send button: one more click cannot record it again.
    const panel = screen.getByRole('tabpanel');
    expect(recorded.closest('[data-recorded]')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Mark as sent' })).toBeNull();
    expect(within(panel).queryByLabelText('Message')).toBeNull();
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(panel.querySelector('.field__error, .problems')).toBeNull();

    const history = screen.getByRole('region', { name: 'Sent from this interview' });
    expect(await within(history).findByText(sentSubject)).toBeTruthy();
    expect(within(history).getByText(/to Anna Lee <anna@acme\.test>/)).toBeTruthy();
    expect(within(history).getByText('Tidbit: Kafka at scale')).toBeTruthy();
    expect(history.querySelector('pre')?.textContent).toBe(sentBody);
    expect(tab('Anna Lee').textContent).toContain('sent');

    const next = button('Next: Ben Okafor');
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    await waitFor(() => expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('Ben Okafor'));
    // Kafka at scale went to Anna; Ben's note is fresh, with nothing marked wrong.
    expect(document.querySelector('.problems')).toBeNull();
    expect(topic().value).toBe('');
  });

  it('undoes "Mark as sent": the planned touch comes back as it was, and so does the note', async () => {
    const planned = await planTouch({ id: 'planned-anna', interviewId: seeded.interviewId, contactId: seeded.anna });
    await openComposer();
    type(topic(), 'Kafka migration');
    const sentBody = body().value;
    fireEvent.click(button('Mark as sent'));
    await screen.findByText(/^Recorded as sent to Anna Lee/);
    // The undo has no timer: it stays while the record is shown, also after looking at someone else's note.
    fireEvent.click(tab('Ben Okafor'));
    fireEvent.click(tab('Anna Lee'));
    fireEvent.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Didn’t send it? Undo' }));
    await screen.findByText('The note to Anna Lee is no longer recorded as sent. Here it is, ready when you are.');
    expect(await listTouchesFor(await db(), seeded.interviewId)).toEqual([planned]);
    expect(body().value).toBe(sentBody);
    expect(topic().value).toBe('Kafka migration');
    expect(tab('Anna Lee').textContent).not.toContain('sent');
    expect(screen.getByText('Nothing sent yet.')).toBeTruthy();
  });

  it('undoes a note recorded earlier from the history, keeping its words as the draft', async () => {
    await planTouch({ id: 'sent-anna', interviewId: seeded.interviewId, contactId: seeded.anna, status: 'sent', sentAt: NOW, subject: 'Thanks', body: 'Hi Anna, my own words.' });
    await openComposer();
    // Already written to and nothing due: her panel says so, and opens no new note by itself.
    expect(screen.getByRole('tabpanel').dataset.view).toBe('sent');
    expect(screen.getByText(/^You last wrote to Anna Lee on /)).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Sent from this interview' });
    fireEvent.click(within(history).getByRole('button', { name: 'Didn’t send it? Undo' }));
    await screen.findByText('The note to Anna Lee is no longer recorded as sent. Here it is, ready when you are.');
    expect((await listTouchesFor(await db(), seeded.interviewId))[0]).toMatchObject({ id: 'sent-anna', status: 'planned', sentAt: null, body: '' });
    expect(body().value).toBe('Hi Anna, my own words.');
    expect(subject().value).toBe('Thanks');
  });

  it('does not record a note whose touch another window recorded meanwhile', async () => {
    await planTouch({ id: 'planned-anna', interviewId: seeded.interviewId, contactId: seeded.anna });
    await openComposer();
    await planTouch({ id: 'planned-anna', interviewId: seeded.interviewId, contactId: seeded.anna, status: 'sent', sentAt: NOW, subject: 'Sent elsewhere' });
    fireEvent.click(button('Mark as sent'));
    await screen.findByText(/^The note to Anna Lee was already recorded as sent on /);
    expect(await listTouchesFor(await db(), seeded.interviewId)).toHaveLength(1);
  });

  it('does not count a tidbit as used when its link is not in the note that was sent', async () => {
    await openComposer();
    type(topic(), 'Kafka');
    type(body(), 'Hi Anna, thank you for your time. Sam');
    fireEvent.click(button('Mark as sent'));
    await screen.findByText(/^Recorded as sent to Anna Lee/);
    const [touch] = await listTouchesFor(await db(), seeded.interviewId);
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
    fireEvent.click(button('Outlook'));
    const outlook = screen.getByRole('menu');
    expect(new URL(within(outlook).getByRole('menuitem', { name: 'Outlook (personal)' }).dataset.href!).host).toBe('outlook.live.com');
    expect(new URL(within(outlook).getByRole('menuitem', { name: 'Outlook (work)' }).dataset.href!).searchParams.get('subject')).toBe(subject().value);
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
    fireEvent.click(button('Outlook'));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Outlook (work)' }));
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
    // A later open interview, which the composer would open on were the touch's own not in its address.
    await createInterview(await db(), interviewFields({ company: 'Other Co', role: 'Analyst', round: 1, start: NOW + 86_400_000, end: null, decisionDate: null, status: 'awaiting', notes: '' }), NOW);
    render(<Composer interviewId={seeded.interviewId} touchId="check-ben" />);
    await waitFor(() => expect(tab('Ben Okafor').getAttribute('aria-selected')).toBe('true'));
    expect((screen.getByLabelText('Interview') as HTMLSelectElement).value).toBe(seeded.interviewId);
    expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('builtin-check-in');
    expect(subject().value).toBe('Following up — Data Engineer at Acme Robotics');
    fireEvent.click(button('Mark as sent'));
    await screen.findByText(/^Recorded as sent to Ben Okafor/);
    const touches = await listTouchesFor(await db(), seeded.interviewId);
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

  it('passes axe-core with its problems shown, with a tidbit, with the Outlook menu open, and with a history', async () => {
    await putTemplate(await db(), { id: 'builtin-thank-you', kind: 'thank-you', name: 'Mine', subject: 'Thanks', body: 'Hi {{firstName}}, about {{topic}}. {{signature}}', builtIn: true, updatedAt: 1 });
    const { container } = await openComposer();
    expect(await axeViolations(container)).toEqual([]);
    type(topic(), ' ');
    expect(await axeViolations(container)).toEqual([]);
    type(topic(), 'Kafka');
    fireEvent.click(button('Outlook'));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(button('Mark as sent'));
    await screen.findByText(/^Recorded as sent to Anna Lee/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says what was promised to the person, ranks the tidbit that keeps it first, and writes "As promised"', async () => {
    cleanup();
    const other = await seedComposeData({ annaNotes: 'Kafka migration\nPromised her an article on streaming joins' });
    await putTidbit(await db(), { ...other.tidbits[2]!, id: 't-joins', url: 'https://example.test/joins', title: 'Streaming joins, explained', topics: [], savedAt: NOW - 10 });
    render(<Composer interviewId={other.interviewId} />);
    await screen.findByRole('tab', { name: /^Anna Lee/ });
    expect(screen.getByText('You promised Anna the article on streaming joins.')).toBeTruthy();
    const chooser = screen.getByRole('group', { name: 'Tidbit' });
    expect(within(chooser).getByText('Streaming joins, explained')).toBeTruthy();
    expect(within(chooser).getByText('Keeps your promise: the article on streaming joins')).toBeTruthy();
    expect(body().value).toContain('As promised, here is the article on streaming joins:\nStreaming joins, explained\nhttps://example.test/joins');
    fireEvent.click(button('Try the next one'));
    expect(body().value).not.toContain('As promised');
    expect(screen.getByText(/Choose the tidbit that keeps it\./)).toBeTruthy();
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

describe('the language a note is written in', () => {
  it('is the interview’s: German notes with German dates, from an English screen, whatever the browser’s edits of the built-ins say', async () => {
    await updateInterview(await db(), seeded.interviewId, { noteLanguage: 'de' }, NOW);
    await putTemplate(await db(), { id: 'builtin-thank-you', kind: 'thank-you', name: 'Mine', subject: 'Thanks', body: 'Hi {{firstName}}. {{signature}}', builtIn: true, updatedAt: 1 });
    await openComposer();
    expect(subject().value).toBe('Vielen Dank – Interview als Data Engineer');
    expect(body().value.split('\n').slice(0, 3)).toEqual(['Hallo Anna,', '', 'vielen Dank für Ihre Zeit und unser Gespräch am Dienstag, 3. März.']);
    expect(body().value).toContain('Viele Grüße\nSam Candidate');
    // The screen around the note stays in the browser's language.
    expect(screen.getByLabelText('Message')).toBe(body());
    const picker = screen.getByLabelText('Template') as HTMLSelectElement;
    expect(picker.selectedOptions[0]?.textContent).toBe('Thank-you note');
  });

  it('follows the browser’s when the interview names none, edits of the built-ins included', async () => {
    speak('de');
    await openComposer();
    expect(screen.getByLabelText('Nachricht')).toBeTruthy();
    expect((screen.getByLabelText('Betreff') as HTMLInputElement).value).toBe('Vielen Dank – Interview als Data Engineer');
    expect((screen.getByLabelText('Nachricht') as HTMLTextAreaElement).value).toContain('unser Gespräch am Dienstag, 3. März.');
    cleanup();
    speak('en-US');
    await putTemplate(await db(), { id: 'builtin-thank-you', kind: 'thank-you', name: 'Mine', subject: 'Thanks', body: 'Hi {{firstName}}. {{signature}}', builtIn: true, updatedAt: 1 });
    await openComposer();
    expect(subject().value).toBe('Thanks');
  });
});
