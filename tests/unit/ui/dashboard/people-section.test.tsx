import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../../../../src/db/backup.ts';
import { db } from '../../../../src/db/open.ts';
import { App } from '../../../../src/options/App.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';
import { contactRecord, touchRecord } from '../../../support/records.ts';
import { NOW, seed } from '../../../support/seed-dashboard.ts';

const stored = async () => exportAll(await db());
const names = () => within(screen.getByRole('list', { name: 'People' })).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);

async function openPeople() {
  location.hash = '#people';
  const view = render(<App />);
  await screen.findByRole('list', { name: 'People' });
  return view;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  location.hash = '';
});

describe('people on the dashboard', () => {
  it('lists everyone and suggests the records that are probably one person', async () => {
    await seed();
    await openPeople();
    expect(names()).toEqual(['Anna Lee', 'Ben Okafor', 'Chloé Martin', 'Chloe Martin']);
    expect(screen.getByText('Chloé Martin and Chloe Martin')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search people' }), { target: { value: 'okafor' } });
    expect(names()).toEqual(['Ben Okafor']);
  });

  it('merges two records picked by hand into the one chosen, tells the background, and undoes it', async () => {
    await seed();
    const handler = vi.fn((_m: unknown) => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    await openPeople();
    const before = await stored();

    fireEvent.click(screen.getByLabelText('Chloe Martin'));
    expect(screen.queryByRole('group', { name: 'Merge two records of one person' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Chloé Martin'));
    // Two at most: the others cannot be picked now.
    expect((screen.getByLabelText('Anna Lee') as HTMLInputElement).disabled).toBe(true);
    const panel = screen.getByRole('group', { name: 'Merge two records of one person' });
    // The one picked first is kept unless the user says otherwise.
    expect((within(panel).getByRole('radio', { name: /^Chloe Martin/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(panel).getByRole('radio', { name: /^Chloé Martin/ }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Merge' }));

    await screen.findByText('Merged Chloe Martin into Chloé Martin.');
    await waitFor(() => expect(names()).toEqual(['Anna Lee', 'Ben Okafor', 'Chloé Martin']));
    const after = await stored();
    expect(after.contacts.map((c) => c.id)).not.toContain('chloe-2');
    expect(after.interviewers.find((l) => l.id === 'l-chloe-2')?.contactId).toBe('chloe');
    expect(after.touchpoints.find((t) => t.id === 'ty-chloe-2')?.contactId).toBe('chloe');
    expect(handler).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'dataChanged', request: { stores: ['contacts', 'interviewers', 'touchpoints'] } }),
      expect.anything(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['Anna Lee', 'Ben Okafor', 'Chloé Martin', 'Chloe Martin']));
    expect(await stored()).toEqual(before);
  });

  it('takes a suggested pair to the merge panel, and cancelling changes nothing', async () => {
    await seed();
    await openPeople();
    const before = await stored();
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const panel = screen.getByRole('group', { name: 'Merge two records of one person' });
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading')));
    expect(within(panel).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([true, false]);
    expect(panel.textContent).toContain('Engineering Manager · chloe@globex.test · Interviews: 1');
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Merge two records of one person' })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('shows each person’s title and company, so two of one name can be told apart', async () => {
    await seed();
    const d = await db();
    await d.put('contacts', contactRecord({ id: 'anna-2', name: 'Anna Lee', title: 'Recruiter', company: 'Globex' }));
    await openPeople();
    const details = [...document.querySelectorAll('.person-item')].filter((li) => li.textContent?.startsWith('Anna Lee')).map((li) => li.querySelector('.person-item__details')?.textContent);
    expect(details).toEqual(['Head of Data · Acme Robotics · anna@acme.test · Interviews: 1', 'Recruiter · Globex · Interviews: 0']);
  });

  it('corrects a person’s name, title, email and profile address', async () => {
    await seed();
    await openPeople();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ben Okafor' }));
    const editor = await screen.findByRole('form', { name: 'Edit Ben Okafor' });
    fireEvent.input(within(editor).getByLabelText('Name'), { target: { value: 'Benjamin Okafor' } });
    fireEvent.input(within(editor).getByLabelText('Email'), { target: { value: 'ben@acme.test' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(names()).toEqual(['Anna Lee', 'Benjamin Okafor', 'Chloé Martin', 'Chloe Martin']));
    expect((await stored()).contacts.find((c) => c.id === 'ben')).toMatchObject({ name: 'Benjamin Okafor', email: 'ben@acme.test' });
  });

  it('deletes a person who is on no interview, with undo, and offers no delete for anyone else', async () => {
    await seed();
    const d = await db();
    const lone = contactRecord({ id: 'lone', name: 'Ada Quist', title: 'Speaker' });
    await d.put('contacts', lone);
    await openPeople();
    expect(screen.queryByRole('button', { name: 'Delete Anna Lee' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Quist' }));
    await waitFor(() => expect(names()).toEqual(['Anna Lee', 'Ben Okafor', 'Chloé Martin', 'Chloe Martin']));
    expect(screen.getByText('Deleted Ada Quist.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['Ada Quist', 'Anna Lee', 'Ben Okafor', 'Chloé Martin', 'Chloe Martin']));
    expect(await d.get('contacts', 'lone')).toEqual(lone);
  });

  it('keeps a person on no interview who was written to, and says why', async () => {
    await seed();
    const d = await db();
    await d.put('contacts', contactRecord({ id: 'written', name: 'Zoe Writer' }));
    await d.put('touchpoints', touchRecord({ id: 't-written', interviewId: 'acme', contactId: 'written', status: 'sent', sentAt: NOW }));
    await openPeople();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Zoe Writer' }));
    expect(await screen.findByText('Zoe Writer was kept: they are on an interview or were written to, and their history stays with them.')).toBeTruthy();
    expect(await d.get('contacts', 'written')).toBeDefined();
  });
});
