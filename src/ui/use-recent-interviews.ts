/** The popup's view of the interviews: the latest few and the latest open one (see recentInterviews). */
import { recentInterviews, type RecentInterviews } from '../db/interviews.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';

export function useRecentInterviews(limit: number): Loaded<RecentInterviews> {
  return useLoaded((d) => recentInterviews(d, limit), [limit]);
}
