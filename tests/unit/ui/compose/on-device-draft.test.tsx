/**
 * The composer with the browser's on-device model, through a stand-in that
 * follows the documented LanguageModel shape (tests/support/language-model.ts):
 * what is offered in each availability state, the download with its progress
 * and Cancel, a draft streamed into the note and checked, each reason a draft
 * is refused, Stop, the time limit, the errors the API names, and the session
 * destroyed when the composer closes.
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import { getSettings, saveSettings } from '../../../../src/db/settings.ts';
import { Composer } from '../../../../src/ui/compose/Composer.tsx';
import { MODEL_TIMEOUT_MS } from '../../../../src/ui/compose/on-device-model.ts';
import { axeViolations } from '../../../support/axe.ts';
import { languageModelStandIn, type StandInLog, type StandInScript } from '../../../../src/compose/e2e-language-model.ts';
import { seedComposeData, type Seeded } from '../../../support/seed-compose.ts';

// A draft streams in twenty pieces and is checked: on a loaded machine that can take longer than waitFor's one second.
configure({ asyncUtilTimeout: 5_000 });

let seeded: Seeded;

beforeEach(async () => {
  seeded = await seedComposeData();
});

afterEach(() => {
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

function install(script: StandInScript): StandInLog {
  const standIn = languageModelStandIn(script);
  (globalThis as { LanguageModel?: unknown }).LanguageModel = standIn.LanguageModel;
  return standIn.log;
}

const LINK = 'https://example.test/t-kafka?a=1&b=2';
const SUBJECT = 'Thank you — Data Engineer interview';
const GOOD_BODY = `Hi Anna,\n\nThank you for our talk about the Kafka migration.\n\nHere is the article I mentioned:\n${LINK}\n\nBest regards,\nSam Candidate\n+1 555 0100`;

/** A reply as Chrome streams it: the JSON text in twenty pieces. */
function deltas(body: string, subject = SUBJECT): string[] {
  const json = JSON.stringify({ subject, body });
  const size = Math.ceil(json.length / 20);
  const pieces: string[] = [];
  for (let at = 0; at < json.length; at += size) pieces.push(json.slice(at, at + size));
  return pieces;
}

const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const panel = () => document.querySelector('#compose-panel') as HTMLElement;
const aiStatus = () => (document.querySelector('[data-status="ai"]') as HTMLElement | null)?.textContent ?? '';
const reasons = () => [...document.querySelectorAll('.ai-draft__reasons li')].map((li) => li.textContent);
const sendStatus = () => document.querySelector('[data-status="compose"]')?.textContent ?? '';

async function openComposer() {
  const view = render(<Composer interviewId={seeded.interviewId} />);
  await screen.findByRole('tab', { name: /^Anna Lee/ });
  await waitFor(() => expect(panel().dataset.model).not.toBe('checking'));
  return view;
}

async function templateNote() {
  await openComposer();
  return { subject: subject().value, body: body().value };
}

describe('where the browser offers no model', () => {
  it('shows no control, asks nothing, and writes the template’s note as before, where there is no LanguageModel (Firefox)', async () => {
    await openComposer();
    expect(panel().dataset.model).toBe('absent');
    expect(document.querySelector('.ai-draft')).toBeNull();
    expect(screen.queryByRole('button', { name: /on-device|Polish/ })).toBeNull();
    expect(body().value).toContain('Hi Anna,');
    expect(subject().readOnly).toBe(false);
  });

  it.each<[string, StandInScript]>([
    ['says it is unavailable (Debian’s Chromium)', { availability: 'unavailable' }],
    ['rejects availability()', { availability: { reject: 'UnknownError' } }],
  ])('shows no control where the browser %s', async (_what, script) => {
    const log = install(script);
    await openComposer();
    expect(panel().dataset.model).toBe('unavailable');
    expect(document.querySelector('.ai-draft')).toBeNull();
    expect(log.create).toEqual([]);
    expect(body().value).toContain('Hi Anna,');
  });

  it('shows no control and never asks the browser when the setting turns it off', async () => {
    await saveSettings(await db(), { ...(await getSettings(await db())), onDeviceAi: false });
    const log = install({ availability: 'available' });
    await openComposer();
    expect(panel().dataset.model).toBe('off');
    expect(document.querySelector('.ai-draft')).toBeNull();
    expect(log.availability).toEqual([]);
  });
});

describe('where the model is available', () => {
  it('offers both, streams the draft into the note read-only with sending held, then checks it and makes it the note', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 15 } });
    await openComposer();
    expect(panel().dataset.model).toBe('available');
    expect(button('Write with on-device AI')).toBeTruthy();
    expect(button('Polish my text')).toBeTruthy();
    expect(screen.getByText('Chrome’s own model, on this computer: your notes never leave it. You read every draft before it goes anywhere.')).toBeTruthy();
    expect(await axeViolations(document.body)).toEqual([]);

    fireEvent.click(button('Write with on-device AI'));
    expect(aiStatus()).toBe('Writing on this computer from your notes… The draft is checked before you can use it.');
    expect(document.activeElement).toBe(button('Stop'));
    // Part of the reply, in the fields, which cannot be typed into or sent meanwhile.
    await waitFor(() => expect(body().readOnly && body().value !== '' && body().value !== GOOD_BODY && GOOD_BODY.startsWith(body().value)).toBe(true));
    expect(body().getAttribute('aria-busy')).toBe('true');
    expect(sendStatus()).toBe('Wait for the draft, or stop it, before sending.');
    expect(button('Copy').disabled).toBe(true);
    expect(button('Mark as sent').disabled).toBe(true);

    await waitFor(() => expect(aiStatus()).toBe('Drafted on this computer from your notes. Read it through before you send it.'));
    expect([subject().value, body().value]).toEqual([SUBJECT, GOOD_BODY]);
    expect(body().readOnly).toBe(false);
    expect(button('Copy').disabled).toBe(false);
    expect(document.querySelector('#compose-body-drift')?.textContent).toBe(
      'Written by the on-device model, so it no longer follows the template, the topic or the tidbit. Use the template’s text again',
    );
    expect([log.sessions, log.destroyed]).toEqual([1, 1]);
    expect(await axeViolations(document.body)).toEqual([]);

    // Anna's notes and the interview's went in; Ben's and the addresses did not.
    const prompt = String(log.prompts[0]!.input);
    expect(prompt).toContain('Kafka migration; on-call rotation');
    expect(prompt).toContain('Roadmap for 2027');
    expect(prompt).not.toContain('dbt models');
    expect(prompt).not.toContain('anna@acme.test');

    // The candidate can go back to the template's text (the subject never left it); the note then is theirs again.
    expect(document.querySelector('#compose-subject-drift')).toBeNull();
    fireEvent.click(button('Use the template’s text again'));
    expect(body().value).toContain('Thank you for taking the time to speak with me');
    expect(document.querySelector('#compose-body-drift')).toBeNull();
  });

  it('polishes the note as it stands, and says so', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 1 } });
    const before = await templateNote();
    fireEvent.click(button('Polish my text'));
    expect(aiStatus()).toBe('Polishing on this computer… The draft is checked before you can use it.');
    await waitFor(() => expect(aiStatus()).toBe('Polished on this computer. Read it through before you send it.'));
    expect(body().value).toBe(GOOD_BODY);
    expect(String(log.prompts[0]!.input).endsWith(`Email to polish:\nSubject: ${before.subject}\n\n${before.body}`)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['misses the name', GOOD_BODY.replace('Hi Anna,', 'Hi there,'), 'It did not use Anna’s name exactly as written.'],
    ['alters the link', GOOD_BODY.replace(LINK, 'https://example.test/t-kafka?a=1'), 'It left out or changed the link to your tidbit.|It added a link you did not write: https://example.test/t-kafka?a=1'],
    ['invents a link', `${GOOD_BODY}\nhttps://acme.example/careers`, 'It added a link you did not write: https://acme.example/careers'],
    ['invents an address', `${GOOD_BODY}\nanna@acme.test`, 'It added an address you did not write: anna@acme.test'],
    ['leaves a placeholder', GOOD_BODY.replace('Sam Candidate', '[Your Name]'), 'It left a placeholder: [Your Name]'],
    ['runs too long', `${GOOD_BODY}\n${'More. '.repeat(400)}`, 'It was longer than a note should be.'],
  ])('drops a draft that %s, says why, and keeps the note as it was', async (_what, draft, reason) => {
    const log = install({ availability: 'available', reply: { deltas: deltas(draft), everyMs: 1 } });
    const before = await templateNote();
    fireEvent.click(button('Write with on-device AI'));
    await waitFor(() => expect(aiStatus()).toContain('Afterview did not use the draft'));
    expect(aiStatus()).toBe(`Afterview did not use the draft, so your note is as it was:${reason.replace('|', '')}`);
    expect(reasons()).toEqual(reason.split('|'));
    expect({ subject: subject().value, body: body().value }).toEqual(before);
    expect(document.querySelector('#compose-body-drift')).toBeNull();
    expect(log.destroyed).toBe(1);
  });

  it('stops when asked, and the note is as it was', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 20 } });
    const before = await templateNote();
    fireEvent.click(button('Write with on-device AI'));
    await waitFor(() => expect(body().readOnly).toBe(true));
    fireEvent.click(button('Stop'));
    await waitFor(() => expect(aiStatus()).toBe('Stopped. Your note is as it was.'));
    expect({ subject: subject().value, body: body().value }).toEqual(before);
    expect(body().readOnly).toBe(false);
    expect(document.activeElement).toBe(button('Write with on-device AI'));
    expect(log.destroyed).toBe(1);
  });

  it('gives up after two minutes of writing, and the note is as it was', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY).slice(0, 3), everyMs: 1, hang: true } });
    const before = await templateNote();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    fireEvent.click(button('Write with on-device AI'));
    await vi.advanceTimersByTimeAsync(50);
    expect(body().value).toBe('');
    expect(body().readOnly).toBe(true);
    await vi.advanceTimersByTimeAsync(MODEL_TIMEOUT_MS);
    vi.useRealTimers();
    await waitFor(() => expect(aiStatus()).toBe('The on-device model took too long, so it was stopped. Your note is as it was.'));
    expect({ subject: subject().value, body: body().value }).toEqual(before);
    expect(log.destroyed).toBe(1);
  });

  it.each<[string, StandInScript, string]>([
    ['refuses it', { availability: 'available', createError: 'NotAllowedError' }, 'Chrome did not let Afterview use its on-device model (it may be turned off in Chrome or by your organization). Your note is as it was.'],
    ['finds the notes too long', { availability: 'available', contextWindow: 160 }, 'Your notes are too long for the on-device model. Shorten them, or write from the template.'],
    ['filters the output', { availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 1, failAfter: { deltas: 2, name: 'NotReadableError' } } }, 'The on-device model declined to write this note. Your note is as it was.'],
    ['fails', { availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 1, failAfter: { deltas: 1, name: 'OperationError' } } }, 'The on-device model failed (OperationError). Your note is as it was.'],
    ['cannot write this note', { availability: 'available', createError: 'NotSupportedError' }, 'Chrome’s on-device model cannot write this note here. Your note is as it was.'],
  ])('says so in plain words when the browser %s', async (_what, script, message) => {
    const log = install(script);
    const before = await templateNote();
    fireEvent.click(button('Write with on-device AI'));
    await waitFor(() => expect(aiStatus()).toBe(message));
    expect({ subject: subject().value, body: body().value }).toEqual(before);
    expect(log.destroyed).toBe(log.sessions);
  });

  it('destroys the session when the composer closes while it writes', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 30 } });
    const view = await openComposer();
    fireEvent.click(button('Write with on-device AI'));
    await waitFor(() => expect(log.sessions).toBe(1));
    view.unmount();
    await waitFor(() => expect(log.destroyed).toBe(1));
  });

  it('stops the draft for one person when the candidate turns to another, and offers it there afresh', async () => {
    const log = install({ availability: 'available', reply: { deltas: deltas(GOOD_BODY), everyMs: 30 } });
    await openComposer();
    fireEvent.click(button('Write with on-device AI'));
    await waitFor(() => expect(log.sessions).toBe(1));
    fireEvent.click(screen.getByRole('tab', { name: /^Ben Okafor/ }));
    await waitFor(() => expect(log.destroyed).toBe(1));
    expect(body().readOnly).toBe(false);
    expect(body().value).toContain('Hi Ben,');
    expect(await screen.findByRole('button', { name: 'Write with on-device AI' })).toBeTruthy();
  });
});

describe('where the model must be downloaded first', () => {
  it('asks once, shows the download’s progress, then writes', async () => {
    install({ availability: 'downloadable', download: { loaded: [0, 0.5, 1], everyMs: 30 }, reply: { deltas: deltas(GOOD_BODY), everyMs: 1 } });
    await openComposer();
    expect(panel().dataset.model).toBe('downloadable');
    fireEvent.click(button('Write with on-device AI'));
    expect(
      screen.getByText(
        'Chrome first needs to download its on-device model, once. That needs at least 22 GB of free disk space and an unmetered connection. The model then runs on this computer, and your notes never leave it.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(button('Download and write'));
    fireEvent.click(button('Not now'));
    expect(screen.queryByText(/Chrome first needs/)).toBeNull();

    fireEvent.click(button('Write with on-device AI'));
    fireEvent.click(button('Download and write'));
    const progress = () => document.querySelector('#compose-ai-progress') as HTMLProgressElement | null;
    expect(screen.getByLabelText('Chrome is downloading its on-device model')).toBe(progress());
    await waitFor(() => expect(progress()?.value).toBe(50));
    expect(await axeViolations(document.body)).toEqual([]);
    await waitFor(() => expect(aiStatus()).toBe('Drafted on this computer from your notes. Read it through before you send it.'));
    expect(body().value).toBe(GOOD_BODY);
    // Downloaded: the next draft needs no asking, and the panel says what the browser now says.
    await waitFor(() => expect(panel().dataset.model).toBe('available'));
    fireEvent.click(button('Write with on-device AI'));
    expect(screen.queryByText(/Chrome first needs/)).toBeNull();
  });

  it('cancels the download, and the note is as it was', async () => {
    const log = install({ availability: 'downloadable', download: { loaded: [0, 0.1, 0.2, 0.3, 1], everyMs: 40 } });
    const before = await templateNote();
    fireEvent.click(button('Write with on-device AI'));
    fireEvent.click(button('Download and write'));
    await waitFor(() => expect((document.querySelector('#compose-ai-progress') as HTMLProgressElement).value).toBeGreaterThan(0));
    fireEvent.click(button('Cancel download'));
    await waitFor(() => expect(aiStatus()).toBe('Download cancelled. Your note is as it was.'));
    expect(document.querySelector('#compose-ai-progress')).toBeNull();
    expect({ subject: subject().value, body: body().value }).toEqual(before);
    expect(log.sessions).toBe(0);
    // Still downloadable: the offer stays, and asks again.
    fireEvent.click(button('Write with on-device AI'));
    expect(button('Download and write')).toBeTruthy();
  });

  it('says when the download fails', async () => {
    install({ availability: 'downloadable', download: { loaded: [0, 0.4], everyMs: 1, failWith: 'NetworkError' } });
    await openComposer();
    fireEvent.click(button('Write with on-device AI'));
    fireEvent.click(button('Download and write'));
    await waitFor(() => expect(aiStatus()).toBe('Chrome could not download its model. Try again on an unmetered connection.'));
  });

  it('shows the progress of a download already under way, without asking', async () => {
    install({ availability: 'downloading', download: { loaded: [0.6, 0.8, 1], everyMs: 30 }, reply: { deltas: deltas(GOOD_BODY), everyMs: 1 } });
    await openComposer();
    fireEvent.click(button('Write with on-device AI'));
    expect(screen.queryByText(/Chrome first needs/)).toBeNull();
    await waitFor(() => expect((document.querySelector('#compose-ai-progress') as HTMLProgressElement).value).toBe(60));
    await waitFor(() => expect(body().value).toBe(GOOD_BODY));
  });
});
