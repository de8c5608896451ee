import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withTerms } from '../../../../src/core/tidbits/terms.ts';
import { db } from '../../../../src/db/open.ts';
import { getTidbit, listAllTidbits, putTidbit } from '../../../../src/db/tidbits.ts';
import { answer } from '../../../../src/background/messages.ts';
import { broadcast } from '../../../../src/messages/protocol.ts';
import { TidbitLibrary } from '../../../../src/ui/tidbits/TidbitLibrary.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';
import { interview, NOW, seedLibrary, sent, tidbit, type Library } from '../../../support/seed-library.ts';

let lib: Library;
beforeEach(async () => {
  lib = await seedLibrary();
});

/** The titles of the tidbits on screen, in order. */
const titles = () => [...document.querySelectorAll('.library-item__title')].map((el) => el.textContent);
const item = (title: string) => screen.getByRole('listitem', { name: title });
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function openLibrary() {
  const view = render(<TidbitLibrary />);
  await screen.findByRole('heading', { name: 'Tidbit library' });
  await waitFor(() => expect(titles().length).toBeGreaterThan(0));
  // The newest page comes first; then every tidbit, with the count of all.
  await screen.findByText(/^Showing \d+ of \d+$/, undefined, { timeout: 5000 });
  return view;
}

async function openPopup(interviewId = lib.acme.id) {
  const view = render(<TidbitLibrary interviewId={interviewId} />);
  await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());
  return view;
}

describe('TidbitLibrary in the popup', () => {
  it('lists the tidbits of the interview shown, newest first, with their count', async () => {
    await openPopup();
    expect(titles()).toEqual(['Cutting latency with Rust', 'Kafka at scale']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tidbits (2)');
    // In the popup every tidbit is for the interview shown, so it does not say so.
    expect(document.querySelector('.library-item__interview')).toBeNull();
  });

  it('links to the full library in the dashboard', async () => {
    const create = vi.spyOn(fakeBrowser().tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await openPopup();
    const link = screen.getByRole('link', { name: 'Open the tidbit library' });
    expect(link.getAttribute('href')).toBe('chrome-extension://afterview-test-id/src/options/index.html#tidbits');
    fireEvent.click(link);
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://afterview-test-id/src/options/index.html#tidbits' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('says how to save a tidbit when the interview has none', async () => {
    const other = await interview('Initech', NOW);
    await openPopup(other.id);
    expect(screen.getByRole('heading', { name: 'No tidbits for this interview yet' })).toBeTruthy();
    expect(screen.getByText(/right-click any link, page or selected text/i)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tidbits (0)');
  });

  it('shows a tidbit saved from the context menu as soon as the background says so', async () => {
    await openPopup();
    await putTidbit(await db(), tidbit({ id: 'fresh', title: 'Just saved', interviewId: lib.acme.id, savedAt: NOW + 1 }));
    expect(titles()).not.toContain('Just saved');
    await broadcast('tidbitsChanged', {});
    await waitFor(() => expect(titles()[0]).toBe('Just saved'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tidbits (3)');
  });

  it('ignores the same message when it does not come from Afterview', async () => {
    await openPopup();
    await putTidbit(await db(), tidbit({ id: 'fresh', title: 'Just saved', interviewId: lib.acme.id, savedAt: NOW + 1 }));
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'tidbitsChanged', request: {} }, { id: 'other-extension' });
    await new Promise((done) => setTimeout(done, 50));
    expect(titles()).not.toContain('Just saved');
  });

  it('shows a few at first and the rest on demand, moving the focus to the first new one', async () => {
    const d = await db();
    for (let i = 0; i < 7; i += 1) await putTidbit(d, tidbit({ id: `extra-${i}`, title: `Extra ${i}`, interviewId: lib.acme.id, savedAt: NOW + 10 + i }));
    await openPopup();
    expect(titles()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(titles()).toHaveLength(9));
    expect(document.activeElement).toBe(item('Extra 1'));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

describe('TidbitLibrary in the dashboard', () => {
  it('lists every tidbit, newest first, with the interview each is for', async () => {
    await openLibrary();
    expect(titles()).toEqual(['Über Datenqualität', 'Cutting latency with Rust', 'dbt models that last', 'Kafka at scale']);
    expect(within(item('dbt models that last')).getByText(/^For Globex/)).toBeTruthy();
    expect(within(item('Über Datenqualität')).getByText('No interview yet')).toBeTruthy();
    expect(screen.getByText('Showing 4 of 4')).toBeTruthy();
  });

  it('reads the newest page first only while nothing is shown, without reading every tidbit or interview for it', async () => {
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const getAlls = vi.spyOn(IDBIndex.prototype, 'getAll');
    const reads = (spy: typeof cursors | typeof getAlls, store: string, index: string) =>
      (spy.mock.contexts as IDBIndex[]).filter((context) => context.objectStore.name === store && context.name === index).length;
    await openLibrary();
    await waitFor(() => expect(screen.getByText('Showing 4 of 4')).toBeTruthy());
    // The first page: one walk of the savedAt index (fewer than a hundred here); then every tidbit and interview, once.
    expect([reads(cursors, 'tidbits', 'savedAt'), reads(getAlls, 'tidbits', 'savedAt'), reads(getAlls, 'interviews', 'start')]).toEqual([1, 1, 1]);
    // A reload (a tidbit saved from the context menu) keeps the list on screen: no first page again.
    await putTidbit(await db(), tidbit({ id: 'fresh', title: 'Just saved', savedAt: NOW + 1 }));
    await broadcast('tidbitsChanged', {});
    await waitFor(() => expect(titles()[0]).toBe('Just saved'));
    expect([reads(cursors, 'tidbits', 'savedAt'), reads(getAlls, 'tidbits', 'savedAt'), reads(getAlls, 'interviews', 'start')]).toEqual([1, 2, 2]);
  });

  it('shows the newest 25 first when there are more, saying the rest is loading, then a hundred of all of them', async () => {
    const d = await db();
    for (let i = 0; i < 130; i += 1) await putTidbit(d, tidbit({ id: `many-${i}`, url: `https://example.test/many/${i}`, title: `Many ${i}`, savedAt: NOW + 10 + i }));
    render(<TidbitLibrary />);
    await screen.findByText('Showing the newest 25; reading the others…');
    expect(titles()).toEqual(Array.from({ length: 25 }, (_, i) => `Many ${129 - i}`));
    await screen.findByText('Showing 100 of 134', undefined, { timeout: 5000 });
    expect(titles()).toHaveLength(100);
    expect(titles()[0]).toBe('Many 129');
  });

  it('searches by words, ignoring case and accents, in titles, excerpts and topics', async () => {
    await openLibrary();
    type('Search tidbits', 'uber');
    expect(titles()).toEqual(['Über Datenqualität']);
    type('Search tidbits', 'BANK streams');
    expect(titles()).toEqual(['Kafka at scale']);
    type('Search tidbits', 'kafka');
    expect(titles()).toEqual(['dbt models that last', 'Kafka at scale']);
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('filters by interview, including the tidbits saved for none yet', async () => {
    await openLibrary();
    const select = screen.getByLabelText('Interview') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['All interviews', 'No interview yet', expect.stringMatching(/^Globex/), expect.stringMatching(/^Acme Robotics/)]);
    fireEvent.change(select, { target: { value: lib.acme.id } });
    expect(titles()).toEqual(['Cutting latency with Rust', 'Kafka at scale']);
    fireEvent.change(select, { target: { value: 'none' } });
    expect(titles()).toEqual(['Über Datenqualität']);
  });

  it('filters by a topic chip, and the filters combine', async () => {
    await openLibrary();
    const topics = within(screen.getByRole('group', { name: 'Topic' }));
    expect(topics.getAllByRole('button').map((b) => b.textContent)).toEqual(['Any topic', 'kafka', 'dbt', 'latency', 'migration', 'quality', 'rust']);
    fireEvent.click(topics.getByRole('button', { name: 'kafka' }));
    expect(topics.getByRole('button', { name: 'kafka' }).getAttribute('aria-pressed')).toBe('true');
    expect(titles()).toEqual(['dbt models that last', 'Kafka at scale']);
    fireEvent.change(screen.getByLabelText('Interview'), { target: { value: lib.globex.id } });
    expect(titles()).toEqual(['dbt models that last']);
    fireEvent.click(topics.getByRole('button', { name: 'Any topic' }));
    expect(titles()).toEqual(['dbt models that last']);
  });

  it('says when nothing matches and clears the filters in one click', async () => {
    await openLibrary();
    type('Search tidbits', 'nothing like this');
    expect(titles()).toEqual([]);
    expect(screen.getByText('No tidbit matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toHaveLength(4);
    expect((screen.getByLabelText('Search tidbits') as HTMLInputElement).value).toBe('');
  });

  it('draws a hundred at a time however large the library is', async () => {
    const tx = (await db()).transaction('tidbits', 'readwrite');
    for (let i = 0; i < 230; i += 1) void tx.store.put(tidbit({ id: `bulk-${i}`, title: `Bulk ${i}`, savedAt: NOW - 10 * 86_400_000 - i }));
    await tx.done;
    await openLibrary();
    expect(titles()).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 234')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(titles()).toHaveLength(200));
    // A new search starts again from the first hundred.
    type('Search tidbits', 'bulk');
    expect(titles()).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 230')).toBeTruthy();
  });

  it('says how to save a tidbit when the library is empty', async () => {
    const d = await db();
    for (const record of await listAllTidbits(d)) await d.delete('tidbits', record.id);
    render(<TidbitLibrary />);
    expect(await screen.findByRole('heading', { name: 'No tidbits yet' })).toBeTruthy();
    expect(screen.getByText(/Save link as tidbit/)).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });
});

describe('each tidbit', () => {
  it('says whom it was already sent to, once each, and which were not sent', async () => {
    await sent({ id: 's1', interviewId: lib.acme.id, contactId: lib.ben, tidbitId: 'kafka', sentAt: NOW - 2 });
    await sent({ id: 's2', interviewId: lib.acme.id, contactId: lib.anna, tidbitId: 'kafka', sentAt: NOW - 1 });
    await sent({ id: 's3', interviewId: lib.acme.id, contactId: lib.anna, tidbitId: 'kafka', sentAt: NOW });
    // Planned, not sent: it does not count.
    await sent({ id: 's4', interviewId: lib.acme.id, contactId: lib.anna, tidbitId: 'rust', status: 'planned', sentAt: null });
    await openPopup();
    expect(within(item('Kafka at scale')).getByText('Sent to Ben Okafor, Anna Lee')).toBeTruthy();
    expect(within(item('Cutting latency with Rust')).getByText('Not sent yet')).toBeTruthy();
  });

  it('links its address and the page it was found on in a new tab, without passing the opener', async () => {
    await openPopup();
    const row = within(item('Kafka at scale'));
    const title = row.getByRole('link', { name: 'Kafka at scale' });
    expect(title.getAttribute('href')).toBe('https://example.test/kafka');
    const found = row.getByRole('link', { name: 'news.example.org' });
    expect(found.getAttribute('href')).toBe('https://news.example.org/front');
    for (const link of [title, found]) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(row.getByText('Found on', { exact: false })).toBeTruthy();
  });

  it('renders page text as text and never links an address that is not http(s)', async () => {
    await putTidbit(
      await db(),
      tidbit({ id: 'evil', url: 'javascript:alert(1)', foundOn: 'data:text/html,x', title: '<img src=x onerror=alert(1)>', excerpt: '<b>bold</b>', interviewId: lib.acme.id, savedAt: NOW + 5 }),
    );
    await openPopup();
    const row = item('<img src=x onerror=alert(1)>');
    expect(row.querySelector('img, b')).toBeNull();
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).getByText('<b>bold</b>')).toBeTruthy();
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });

  it('has labelled controls and no accessibility violations', async () => {
    const view = await openLibrary();
    fireEvent.click(within(item('Kafka at scale')).getByRole('button', { name: 'Edit Kafka at scale' }));
    expect(await axeViolations(view.container)).toEqual([]);
  });
});

describe('editing', () => {
  it('edits the title and the topics in place, cleaned as the domain cleans them', async () => {
    await openPopup();
    const edit = within(item('Kafka at scale')).getByRole('button', { name: 'Edit Kafka at scale' });
    fireEvent.click(edit);
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    const topics = screen.getByRole('textbox', { name: 'Topics' }) as HTMLInputElement;
    expect(topics.value).toBe('kafka, migration');
    expect(topics.getAttribute('aria-describedby') && document.getElementById(topics.getAttribute('aria-describedby')!)?.textContent).toBe('Separate topics with commas.');
    type('Title', '  Kafka,   at a bank  ');
    fireEvent.input(topics, { target: { value: '#Streams, kafka, KAFKA, , event sourcing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(titles()).toContain('Kafka, at a bank'));
    const stored = await getTidbit(await db(), 'kafka');
    expect(stored).toMatchObject({ title: 'Kafka, at a bank', topics: ['Streams', 'kafka', 'event sourcing'], interviewId: lib.acme.id });
    expect(within(item('Kafka, at a bank')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Streams', 'kafka', 'event sourcing']);
    // Back on the Edit button of the same tidbit; nothing to undo for a plain edit.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit Kafka, at a bank');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('gives an emptied title its address back', async () => {
    await openPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Kafka at scale' }));
    type('Title', '   ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(titles()).toContain('https://example.test/kafka'));
  });

  it('cancels with Escape, changing nothing and returning to the Edit button', async () => {
    await openPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Kafka at scale' }));
    type('Title', 'Something else');
    fireEvent.keyDown(screen.getByLabelText('Title'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Title')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Kafka at scale' }));
    expect((await getTidbit(await db(), 'kafka'))?.title).toBe('Kafka at scale');
  });

  it('moves a tidbit to another interview, out of the popup, and undoes the move', async () => {
    await openPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Cutting latency with Rust' }));
    // The interviews it can move to are read just after the tidbits are shown.
    await waitFor(() => expect(screen.getByLabelText('Interview').querySelectorAll('option').length).toBe(3));
    fireEvent.change(screen.getByLabelText('Interview'), { target: { value: lib.globex.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(titles()).toEqual(['Kafka at scale']));
    expect((await getTidbit(await db(), 'rust'))?.interviewId).toBe(lib.globex.id);
    expect(screen.getByRole('status').textContent).toMatch(/^Moved “Cutting latency with Rust” to Globex/);
    // The focus went to the tidbit that took its place.
    expect(document.activeElement).toBe(item('Kafka at scale'));

    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Cutting latency with Rust', 'Kafka at scale']));
    expect((await getTidbit(await db(), 'rust'))?.interviewId).toBe(lib.acme.id);
    expect(document.activeElement).toBe(item('Cutting latency with Rust'));
  });

  it('merges a moved tidbit into the same link already saved there, and the undo brings both back', async () => {
    const twin = withTerms(tidbit({ id: 'twin', url: 'https://example.test/kafka', title: 'Kafka (Globex copy)', topics: ['streams'], interviewId: lib.globex.id }));
    await putTidbit(await db(), twin);
    await openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Kafka at scale' }));
    fireEvent.change(screen.getByLabelText('Interview', { selector: '.library-editor select' }), { target: { value: lib.globex.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/the two are now one/));
    expect(titles()).not.toContain('Kafka (Globex copy)');
    expect(await getTidbit(await db(), 'twin')).toBeUndefined();
    expect((await getTidbit(await db(), 'kafka'))?.topics).toEqual(['kafka', 'migration', 'streams']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toContain('Kafka (Globex copy)'));
    expect(await getTidbit(await db(), 'twin')).toEqual(twin);
    expect(await getTidbit(await db(), 'kafka')).toEqual(lib.tidbits.kafka);
  });
});

describe('other open pages', () => {
  it('see an edit, a delete and its undo made in the dashboard: the background tells them', async () => {
    // The background, answering the pages' messages as it does.
    fakeBrowser().runtime.onMessage.addListener(answer);
    const popup = render(<TidbitLibrary interviewId={lib.acme.id} />).container;
    const popupTitles = () => [...popup.querySelectorAll('.library-item__title')].map((el) => el.textContent);
    await waitFor(() => expect(popupTitles()).toEqual(['Cutting latency with Rust', 'Kafka at scale']));
    const dashboard = within(render(<TidbitLibrary />).container as HTMLElement);
    await dashboard.findByText('Showing 4 of 4', undefined, { timeout: 5000 });

    fireEvent.click(dashboard.getByRole('button', { name: 'Edit Kafka at scale' }));
    fireEvent.input(dashboard.getByLabelText('Title'), { target: { value: 'Kafka at a bank' } });
    fireEvent.click(dashboard.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(popupTitles()).toEqual(['Cutting latency with Rust', 'Kafka at a bank']));

    const remove = dashboard.getByRole('button', { name: 'Delete Cutting latency with Rust' }) as HTMLButtonElement;
    // The dashboard is done once the background has answered.
    await waitFor(() => expect(remove.disabled).toBe(false));
    fireEvent.click(remove);
    await waitFor(() => expect(popupTitles()).toEqual(['Kafka at a bank']));

    fireEvent.click(await dashboard.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(popupTitles()).toEqual(['Cutting latency with Rust', 'Kafka at a bank']));
    await waitFor(() => expect((dashboard.getByRole('button', { name: 'Delete Cutting latency with Rust' }) as HTMLButtonElement).disabled).toBe(false));
  });
});

describe('deleting', () => {
  it('deletes, announces it with an Undo, moves the focus to the next tidbit, and undo restores it', async () => {
    await openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Cutting latency with Rust' }));
    await waitFor(() => expect(titles()).not.toContain('Cutting latency with Rust'));
    expect(await getTidbit(await db(), 'rust')).toBeUndefined();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Deleted “Cutting latency with Rust”.');
    expect(document.activeElement).toBe(item('dbt models that last'));

    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Über Datenqualität', 'Cutting latency with Rust', 'dbt models that last', 'Kafka at scale']));
    expect(await getTidbit(await db(), 'rust')).toEqual(lib.tidbits.rust);
    // The toast stays until dismissed: nothing to undo now, only Dismiss.
    expect(status.querySelector('.toast__message')?.textContent).toBe('Restored “Cutting latency with Rust”.');
    expect(within(status).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(status).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
    expect(document.activeElement).toBe(item('Cutting latency with Rust'));
  });

  it('moves the focus to the one before when the last is deleted, and to the heading when none is left', async () => {
    await openPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Kafka at scale' }));
    await waitFor(() => expect(document.activeElement).toBe(item('Cutting latency with Rust')));
    fireEvent.click(screen.getByRole('button', { name: 'Delete Cutting latency with Rust' }));
    await waitFor(() => expect(titles()).toEqual([]));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(screen.getByRole('heading', { name: 'No tidbits for this interview yet' })).toBeTruthy();
  });
});

describe('keyboard', () => {
  it('undoes with Ctrl+Z from the list, but leaves Ctrl+Z in a text field to the typing', async () => {
    await openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Kafka at scale' }));
    await waitFor(() => expect(titles()).not.toContain('Kafka at scale'));
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-keyshortcuts')).toContain('Control+Z');

    fireEvent.keyDown(screen.getByLabelText('Search tidbits'), { key: 'z', ctrlKey: true });
    await new Promise((done) => setTimeout(done, 50));
    expect(titles()).not.toContain('Kafka at scale');

    fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(titles()).toContain('Kafka at scale'));
    expect(await getTidbit(await db(), 'kafka')).toEqual(lib.tidbits.kafka);
  });

  it('takes the heading of the dashboard section it is mounted in, and falls back to it when the list empties', async () => {
    render(
      <section aria-labelledby="tidbits-heading">
        <h2 id="tidbits-heading">Tidbits</h2>
        <TidbitLibrary headingId="tidbits-heading" />
      </section>,
    );
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tidbits']);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual(['tidbits-heading']);
    for (const title of ['Über Datenqualität', 'Cutting latency with Rust', 'dbt models that last', 'Kafka at scale']) {
      fireEvent.click(screen.getByRole('button', { name: `Delete ${title}` }));
      await waitFor(() => expect(titles()).not.toContain(title));
    }
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Tidbits' }));
  });
});
