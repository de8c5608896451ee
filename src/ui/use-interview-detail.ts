/** One interview with its interviewers, reloaded on demand. */
import type { Interview } from '../core/types.ts';
import { listInterviewers, type InterviewerWithContact } from '../db/interviewers.ts';
import { getInterview } from '../db/interviews.ts';
import { useLoaded } from './use-loaded.ts';

export interface InterviewDetail {
  interview: Interview;
  interviewers: InterviewerWithContact[];
}

export function useInterviewDetail(id: string | null) {
  return useLoaded<InterviewDetail | null>(async (d) => {
    const interview = id ? await getInterview(d, id) : undefined;
    return interview ? { interview, interviewers: await listInterviewers(d, interview.id) } : null;
  }, [id]);
}
