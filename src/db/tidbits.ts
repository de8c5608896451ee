/** The tidbits store: links saved as small gifts for interviewers. */
import type { Tidbit } from '../core/types.ts';
import type { Db } from './open.ts';

export function getTidbit(d: Db, id: string): Promise<Tidbit | undefined> {
  return d.get('tidbits', id);
}

/** The tidbits saved for one interview, the newest first. */
export async function listTidbitsFor(d: Db, interviewId: string): Promise<Tidbit[]> {
  const list = await d.getAllFromIndex('tidbits', 'interviewId', interviewId);
  return list.sort((a, b) => b.savedAt - a.savedAt);
}

/** Every tidbit, the newest first. */
export async function listAllTidbits(d: Db): Promise<Tidbit[]> {
  return (await d.getAllFromIndex('tidbits', 'savedAt')).reverse();
}

export async function putTidbit(d: Db, tidbit: Tidbit): Promise<void> {
  await d.put('tidbits', tidbit);
}

export async function deleteTidbit(d: Db, id: string): Promise<Tidbit | undefined> {
  const tx = d.transaction('tidbits', 'readwrite');
  const tidbit = await tx.store.get(id);
  if (tidbit) await tx.store.delete(id);
  await tx.done;
  return tidbit;
}
