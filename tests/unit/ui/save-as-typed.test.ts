import { describe, expect, it } from 'vitest';
import { createTypedSaver } from '../../../src/ui/save-as-typed.ts';

describe('createTypedSaver', () => {
  it('writes the first keystroke at once and the latest text last, skipping stale ones', async () => {
    const writes: string[] = [];
    let release!: () => void;
    const saver = createTypedSaver(
      (text) => {
        writes.push(text);
        return writes.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      () => undefined,
    );
    const first = saver.save('H');
    void saver.save('He');
    void saver.save('Hel');
    const last = saver.save('Hell');
    expect(writes).toEqual(['H']);
    release();
    await first;
    await last;
    expect(writes).toEqual(['H', 'Hell']);
  });

  it('keeps saving after a failed write and reports the failure', async () => {
    const errors: unknown[] = [];
    const writes: string[] = [];
    const saver = createTypedSaver(
      async (text) => {
        writes.push(text);
        if (text === 'bad') throw new Error('disk full');
      },
      (e) => errors.push(e),
    );
    await saver.save('bad');
    await saver.save('good');
    expect(writes).toEqual(['bad', 'good']);
    expect(errors).toHaveLength(1);
  });
});
