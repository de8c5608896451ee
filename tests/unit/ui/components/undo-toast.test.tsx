/**
 * The one toast: announced, with Undo; it stays until dismissed or replaced,
 * Escape dismisses it, and it takes the focus only when the focus would be lost.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast, type UndoOffer } from '../../../../src/ui/components/UndoToast.tsx';

const undo = vi.fn(async () => undefined);
const closed: boolean[] = [];

function Harness({ first, card = false }: { first: UndoOffer; card?: boolean }) {
  const [offer, setOffer] = useState<UndoOffer | null>(first);
  const [showCard, setShowCard] = useState(card);
  return (
    <>
      <button type="button" onClick={() => setOffer({ message: 'Again', undo })}>
        another
      </button>
      {showCard && (
        <button type="button" onClick={() => setShowCard(false)}>
          card
        </button>
      )}
      <UndoToast
        offer={offer}
        onDone={(hadFocus) => {
          closed.push(hadFocus);
          setOffer(null);
        }}
      />
    </>
  );
}

const status = () => screen.getByRole('status');
const message = () => status().querySelector('.toast__message');

beforeEach(() => {
  undo.mockClear();
  closed.length = 0;
  (document.activeElement as HTMLElement | null)?.blur();
});

describe('UndoToast', () => {
  it('is announced in a status region, offers Undo, and goes once the undo is done', async () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} />);
    expect(status().textContent).toContain('Deleted “Kafka”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    await waitFor(() => expect(status().textContent).toBe(''));
  });

  it('stays until dismissed, however long it takes, leaving the live region in place', () => {
    vi.useFakeTimers();
    try {
      render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} />);
      act(() => void vi.advanceTimersByTime(10 * 60_000));
      expect(status().textContent).toContain('Deleted');
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(status().textContent).toBe('');
      expect(closed).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is replaced by a new message', () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} />);
    fireEvent.click(screen.getByRole('button', { name: 'another' }));
    expect(status().textContent).toContain('Again');
    expect(status().textContent).not.toContain('Kafka');
  });

  it('closes with Escape and says the focus was in it', () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'Escape' });
    expect(status().textContent).toBe('');
    expect(closed).toEqual([true]);
  });

  it('offers no Undo for a message with nothing to undo', () => {
    render(<Harness first={{ message: 'Restored “Kafka”.' }} />);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });

  it('leaves the focus where it is when something still has it', async () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} card />);
    const card = screen.getByRole('button', { name: 'card' });
    card.focus();
    fireEvent.click(screen.getByRole('button', { name: 'another' }));
    await act(async () => undefined);
    expect(document.activeElement).toBe(card);
  });

  it('takes the focus when the focused thing goes', async () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} card />);
    const card = screen.getByRole('button', { name: 'card' });
    card.focus();
    fireEvent.click(screen.getByRole('button', { name: 'another' }));
    await act(async () => undefined);
    // The card goes after the message was shown (its list reloads).
    fireEvent.click(card);
    await waitFor(() => expect(document.activeElement).toBe(message()));
  });

  it('takes the focus when nothing had it', async () => {
    render(<Harness first={{ message: 'Deleted “Kafka”.', undo }} />);
    await waitFor(() => expect(document.activeElement).toBe(message()));
  });
});
