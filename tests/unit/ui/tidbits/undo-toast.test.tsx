import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS, UndoToast, type ToastMessage } from '../../../../src/ui/tidbits/UndoToast.tsx';

const onUndo = vi.fn();
const closed: boolean[] = [];

function Harness({ first }: { first: ToastMessage }) {
  const [toast, setToast] = useState<ToastMessage | null>(first);
  return (
    <>
      <button type="button" onClick={() => setToast({ id: (toast?.id ?? 0) + 1, text: 'Again', onUndo })}>
        another
      </button>
      <UndoToast
        toast={toast}
        onClose={(hadFocus) => {
          closed.push(hadFocus);
          setToast(null);
        }}
      />
    </>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  onUndo.mockReset();
  closed.length = 0;
  render(<Harness first={{ id: 1, text: 'Deleted “Kafka”.', onUndo }} />);
});

/** Time passes, and Preact draws what the timers changed. */
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const status = () => screen.getByRole('status');

describe('UndoToast', () => {
  it('is announced in a status region and offers Undo', () => {
    expect(status().textContent).toContain('Deleted “Kafka”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it(`goes away after ${UNDO_MS / 1000} seconds, leaving the live region in place`, () => {
    wait(UNDO_MS - 1);
    expect(status().textContent).toContain('Deleted');
    wait(1);
    expect(status().textContent).toBe('');
    expect(closed).toEqual([false]);
  });

  it('waits while the focus is on it, and starts again when the focus leaves', () => {
    fireEvent.focusIn(screen.getByRole('button', { name: 'Undo' }));
    wait(UNDO_MS * 3);
    expect(status().textContent).toContain('Deleted');
    fireEvent.focusOut(screen.getByRole('button', { name: 'Undo' }), { relatedTarget: document.body });
    wait(UNDO_MS);
    expect(status().textContent).toBe('');
  });

  it('waits while the pointer is on it', () => {
    fireEvent.mouseEnter(status().firstElementChild!);
    wait(UNDO_MS * 2);
    expect(status().textContent).toContain('Deleted');
    fireEvent.mouseLeave(status().firstElementChild!);
    wait(UNDO_MS);
    expect(status().textContent).toBe('');
  });

  it('closes with Escape and says the focus was in it', () => {
    fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'Escape' });
    expect(status().textContent).toBe('');
    expect(closed).toEqual([true]);
  });

  it('gives a new message the full time again', () => {
    wait(UNDO_MS - 100);
    fireEvent.click(screen.getByRole('button', { name: 'another' }));
    wait(UNDO_MS - 100);
    expect(status().textContent).toContain('Again');
    wait(100);
    expect(status().textContent).toBe('');
  });
});
