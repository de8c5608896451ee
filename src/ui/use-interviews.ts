/** Every interview, the most recent first, reloaded on demand. */
import type { Interview } from '../core/types.ts';
import { listInterviews } from '../db/interviews.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';

export type { Loaded };

export function useInterviews(): Loaded<Interview[]> {
  return useLoaded(listInterviews);
}
