/** One interview with its interviewers, reloaded on demand. */
import { listLinkedContacts } from '../db/links.ts';
import { getInterview, type InterviewDetail } from '../db/interviews.ts';
import { useLoaded } from './use-loaded.ts';

export type { InterviewDetail };

/** `known` is a detail already read (see recentInterviews); used only when it is the one asked for. */
export function useInterviewDetail(id: string | null, known?: InterviewDetail | null) {
  const seed = known && known.interview.id === id ? known : undefined;
  return useLoaded<InterviewDetail | null>(
    async (d) => {
      const interview = id ? await getInterview(d, id) : undefined;
      return interview ? { interview, interviewers: await listLinkedContacts(d, interview.id) } : null;
    },
    [id],
    seed,
  );
}
