/** One interview with its interviewers and what to write next, reloaded on demand. */
import type { InterviewDetail } from '../db/interviews.ts';
import { useLoaded } from './use-loaded.ts';

export type { InterviewDetail };

/** `known` is a detail already read (see recentInterviews); used only when it is the one asked for. */
export function useInterviewDetail(id: string | null, known?: InterviewDetail | null) {
  const seed = known && known.interview.id === id ? known : undefined;
  return useLoaded<InterviewDetail | null>(
    async (d) => (id ? (await import('./db-code.ts')).readInterviewDetail(d, id) : null),
    [id],
    seed,
  );
}
