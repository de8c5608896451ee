/** One interview with its interviewers and what to write next, reloaded on demand. */
import { nextStepOf } from '../core/cadence/touch-state.ts';
import type { InterviewDetail } from '../db/interviews.ts';
import { useLoaded } from './use-loaded.ts';

export type { InterviewDetail };

/** `known` is a detail already read (see recentInterviews); used only when it is the one asked for. */
export function useInterviewDetail(id: string | null, known?: InterviewDetail | null) {
  const seed = known && known.interview.id === id ? known : undefined;
  return useLoaded<InterviewDetail | null>(
    async (d, code) => {
      const interview = id ? await code.getInterview(d, id) : undefined;
      if (!interview) return null;
      const [interviewers, touches] = await Promise.all([code.listLinkedContacts(d, interview.id), code.listTouchesFor(d, interview.id)]);
      return { interview, interviewers, nextStep: nextStepOf(touches, interviewers.map((person) => person.contact.id), Date.now()) };
    },
    [id],
    seed,
  );
}
