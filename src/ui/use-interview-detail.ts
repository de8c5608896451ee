/** One interview with its interviewers, reloaded on demand. */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { Interview } from '../core/types.ts';
import { listInterviewers, type InterviewerWithContact } from '../db/interviewers.ts';
import { getInterview } from '../db/interviews.ts';
import { db } from '../db/open.ts';

export interface InterviewDetail {
  interview: Interview;
  interviewers: InterviewerWithContact[];
}

export function useInterviewDetail(id: string | null) {
  const [value, setValue] = useState<InterviewDetail | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    let live = true;
    if (!id) {
      setValue(null);
      return;
    }
    void (async () => {
      const d = await db();
      const interview = await getInterview(d, id);
      const interviewers = interview ? await listInterviewers(d, id) : [];
      if (live) setValue(interview ? { interview, interviewers } : null);
    })();
    return () => {
      live = false;
    };
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, reload };
}
