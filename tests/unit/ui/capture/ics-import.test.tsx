import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';

// A parser that fails on a marked file, as a bug in it or a file it cannot cope with would.
vi.mock('../../../../src/capture/sites/ics/read-ics.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/capture/sites/ics/read-ics.ts')>();
  return {
    ...real,
    readIcs: (text: string) => {
      if (text.includes('X-TEST-BREAKS-THE-PARSER')) throw new RangeError('Maximum call stack size exceeded');
      return real.readIcs(text);
    },
  };
});
import { IcsPicker } from '../../../../src/ui/capture/IcsPicker.tsx';
import { MAX_ICS_BYTES, readIcsFile } from '../../../../src/ui/capture/read-ics-file.ts';

const invite = readFileSync(resolve(__dirname, '../../../fixtures/pages/ics_google-invite.ics'), 'utf8');

describe('readIcsFile', () => {
  it('reads the event and the people of an invitation', async () => {
    const result = await readIcsFile(new Blob([invite]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.capture.source).toBe('ics');
      expect(result.capture.event?.start).toMatch(/Z$/);
      expect(result.capture.people.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a file over the size bound', new Blob(['x'.repeat(MAX_ICS_BYTES + 1)]), 'icsTooLarge'],
    ['bytes that are not UTF-8 text', new Blob([new Uint8Array([0xff, 0xfe, 0xfd, 0x00])]), 'icsUnreadable'],
    ['a calendar without an event', new Blob(['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n']), 'icsNothing'],
  ])('refuses %s with a clear message key', async (_name, blob, key) => {
    expect(await readIcsFile(blob)).toEqual({ ok: false, key });
  });
});

describe('IcsPicker', () => {
  it('hands a picked invitation to the review', async () => {
    const onCapture = vi.fn();
    render(<IcsPicker id="t-ics" onCapture={onCapture} />);
    const input = screen.getByLabelText('Import an invitation (.ics)') as HTMLInputElement;
    const file = new File([invite], 'invite.ics', { type: 'text/calendar' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(onCapture).toHaveBeenCalledOnce());
    expect(onCapture.mock.calls[0]![1]).toBe('invite.ics');
  });

  it('says what is wrong with a dropped file and hands nothing on', async () => {
    const onCapture = vi.fn();
    const { container } = render(<IcsPicker id="t-ics" onCapture={onCapture} />);
    const file = new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'], 'empty.ics');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    fireEvent(container.querySelector('.ics-picker')!, drop);
    expect((await screen.findByRole('alert')).textContent).toBe('No event or people were found in this file.');
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('says so when a file fails to read, clears the choice so the same file can be chosen again, and then takes it', async () => {
    const onCapture = vi.fn();
    render(<IcsPicker id="t-ics" onCapture={onCapture} />);
    const input = screen.getByLabelText('Import an invitation (.ics)') as HTMLInputElement;
    const cleared = vi.fn();
    Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: cleared });
    let chosen: File[] = [new File([`${invite}\r\nX-TEST-BREAKS-THE-PARSER:1`], 'invite.ics', { type: 'text/calendar' })];
    Object.defineProperty(input, 'files', { get: () => chosen });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Afterview could not read this invitation. Nothing was saved or changed; you can choose the file again.',
    );
    expect(cleared).toHaveBeenCalledWith('');
    expect(onCapture).not.toHaveBeenCalled();

    chosen = [new File([invite], 'invite.ics', { type: 'text/calendar' })];
    fireEvent.change(input);
    await waitFor(() => expect(onCapture).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when a dropped file fails to read', async () => {
    const onCapture = vi.fn();
    const { container } = render(<IcsPicker id="t-ics" onCapture={onCapture} />);
    const file = new File([`${invite}\r\nX-TEST-BREAKS-THE-PARSER:1`], 'invite.ics');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    fireEvent(container.querySelector('.ics-picker')!, drop);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Afterview could not read this invitation. Nothing was saved or changed; you can choose the file again.',
    );
    expect(onCapture).not.toHaveBeenCalled();
  });
});

describe('the dashboard’s invitation import', () => {
  it('keeps a picked invitation’s review while the dashboard renders again around it', async () => {
    location.hash = '#interviews';
    const { App } = await import('../../../../src/options/App.tsx');
    const { fakeBrowser } = await import('../../../setup/browser.ts');
    const { container } = render(<App />);
    await screen.findByRole('heading', { name: 'Interviews' });
    const input = container.querySelector<HTMLInputElement>('#dash-ics')!;
    Object.defineProperty(input, 'files', { value: [new File([invite], 'invite.ics', { type: 'text/calendar' })] });
    fireEvent.change(input);
    await waitFor(() => expect(container.querySelector('.capture-review')).not.toBeNull());
    const review = container.querySelector('.capture-review');

    // The background says touches changed (the dashboard reads its data again), and the address is set again.
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'touchesChanged', request: {} }, { id: fakeBrowser().runtime.id });
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'tidbitsChanged', request: {} }, { id: fakeBrowser().runtime.id });
    location.hash = '#interviews';
    dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('.capture-review')).toBe(review);
    expect(container.querySelector('#dash-ics')).toBeNull();
    location.hash = '';
  });
});
