import { act, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useLoaded, type Loaded } from '../../../src/ui/use-loaded.ts';

let shown: Loaded<string> | null = null;

function Probe({ read, id, seed }: { read: (id: string) => Promise<string>; id: string; seed?: string }) {
  shown = useLoaded(() => read(id), [id], seed);
  return <p>{shown.value ?? 'loading'}</p>;
}

/** A read that waits until the test lets it finish. */
function heldRead() {
  const pending: (() => void)[] = [];
  const read = vi.fn((id: string) => new Promise<string>((resolve) => pending.push(() => resolve(`read ${id}`))));
  return { read, finish: () => {
      for (const go of pending.splice(0)) go();
    } };
}

describe('useLoaded', () => {
  it('reads for its deps, and again on reload', async () => {
    const read = vi.fn(async (id: string) => `read ${id}`);
    render(<Probe read={read} id="a" />);
    await screen.findByText('read a');
    act(() => shown!.reload());
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it('shows a seed without reading, then reads for other deps and on reload', async () => {
    const read = vi.fn(async (id: string) => `read ${id}`);
    const view = render(<Probe read={read} id="a" seed="already read a" />);
    await screen.findByText('already read a');
    expect(read).not.toHaveBeenCalled();

    view.rerender(<Probe read={read} id="b" />);
    await screen.findByText('read b');
    // Back on the first deps, the seed may be stale by now: it is read.
    view.rerender(<Probe read={read} id="a" seed="already read a" />);
    await screen.findByText('read a');
    act(() => shown!.reload());
    await waitFor(() => expect(read).toHaveBeenCalledTimes(3));
  });

  it('is not current from a reload until its read is in, and keeps showing the previous value meanwhile', async () => {
    const { read, finish } = heldRead();
    render(<Probe read={read} id="a" />);
    expect(shown!.current).toBe(false);
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    act(() => finish());
    await screen.findByText('read a');
    expect(shown!.current).toBe(true);

    act(() => shown!.reload());
    expect(shown!.current).toBe(false);
    expect(shown!.value).toBe('read a');
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    act(() => finish());
    await waitFor(() => expect(shown!.current).toBe(true));
  });

  it('shows a newer seed for the same deps, which another fresh read brought', async () => {
    const read = vi.fn(async (id: string) => `read ${id}`);
    const view = render(<Probe read={read} id="a" seed="first read of a" />);
    await screen.findByText('first read of a');
    view.rerender(<Probe read={read} id="a" seed="second read of a" />);
    await screen.findByText('second read of a');
    expect(read).not.toHaveBeenCalled();
  });

  it('opens the database for a page that writes no tidbits with the way to load their tokeniser, which an upgrade may need', async () => {
    // Fresh modules, as a page has them; nothing here loads db/tidbits.ts, which gives the tokeniser itself.
    vi.resetModules();
    const { loadTokeniser } = await import('../../../src/db/migrations.ts');
    const { openDb } = await import('../../../src/ui/use-loaded.ts');
    expect(await loadTokeniser()).toBe(false);
    await openDb();
    expect(await loadTokeniser()).toBe(true);
  });
});
