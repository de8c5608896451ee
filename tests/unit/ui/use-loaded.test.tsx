import { act, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useLoaded, type Loaded } from '../../../src/ui/use-loaded.ts';

let shown: Loaded<string> | null = null;

function Probe({ read, id, seed }: { read: (id: string) => Promise<string>; id: string; seed?: string }) {
  shown = useLoaded(() => read(id), [id], seed);
  return <p>{shown.value ?? 'loading'}</p>;
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
});
