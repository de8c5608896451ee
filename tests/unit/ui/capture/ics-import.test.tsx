import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
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
});
