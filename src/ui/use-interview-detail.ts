/** One interview with its interviewers, reloaded on demand. */
import type { InterviewDetail } from '../db/interviews.ts';
import { useLoaded } from './use-loaded.ts';

export type { InterviewDetail };

/** `known` is a detail already read (see recentInterviews); used only when it is the one asked for. */
export function useInterviewDetail(id: string | null, known?: InterviewDetail | null) {
  const seed = known && known.interview.id === id ? known : undefined;
  return useLoaded<InterviewDetail | null>(
    async (d, code) => {
      const interview = id ? await code.getInterview(d, id) : undefined;
      return interview ? { interview, interviewers: await code.listLinkedContacts(d, interview.id) } : null;
    },
    [id],
    seed,
  );
}
